package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The XML scanner reads what Excel, WPS and other programs write, and refuses what must not be read as something else. */
class XmlScannerTest {

    /** The texts of every element named {@code local}, in order. */
    private static List<String> texts(String xml, String local) throws IOException {
        return texts(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), local);
    }

    private static List<String> texts(InputStream in, String local) throws IOException {
        XmlScanner x = new XmlScanner(in);
        List<String> out = new ArrayList<>();
        for (int e; (e = x.next()) != XmlScanner.EOF; ) {
            if (e == XmlScanner.START && x.is(local)) {
                out.add(x.elementText());
            }
        }
        return out;
    }

    @Test
    void entitiesCharacterReferencesAndCdataAreText() throws IOException {
        assertEquals(List.of("a<b>&\"'", "中文 𠮷", "x<y>&z", ""),
                texts("<r><t>a&lt;b&gt;&amp;&quot;&apos;</t><t>&#20013;&#x6587;&#32;&#x20BB7;</t>"
                        + "<t><![CDATA[x<y>&z]]></t><t/></r>", "t"));
    }

    @Test
    void commentsAndInstructionsInsideATextArePassedOver() throws IOException {
        assertEquals(List.of("ab"), texts("<?xml version=\"1.0\"?><!-- a <t>not</t> --><r><t>a<!-- x -->b<?pi x?></t></r>", "t"));
    }

    @Test
    void lineEndsAreNormalisedAsXmlSays() throws IOException {
        assertEquals(List.of("1\n2\n3\n4"), texts("<r><t>1\r\n2\r3\n4</t></r>", "t"));
    }

    @Test
    void namesAreComparedWithoutTheirPrefix() throws IOException {
        assertEquals(List.of("甲"), texts("<x:r xmlns:x=\"u\"><x:t>甲</x:t></x:r>", "t"));
    }

    @Test
    void attributesAreReadByLocalNameInEitherQuotesAndNormalised() throws IOException {
        XmlScanner x = new XmlScanner(new ByteArrayInputStream(
                "<c r = 'B12' s=\"3\" x:t=\"inlineStr\" f=\"a&amp;b\tc\" n=\"&#10;\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(XmlScanner.START, x.next());
        assertEquals("B12", x.attribute("r"));
        assertEquals(1, x.attributeColumn("r"));
        assertEquals(3, x.attributeInt("s", -1));
        assertEquals(-1, x.attributeInt("missing", -1));
        assertTrue(x.attributeIs("t", "inlineStr"));
        assertEquals("a&b c", x.attribute("f"));
        assertEquals("\n", x.attribute("n"), "a character reference is not normalised");
        assertNull(x.attribute("q"));
        assertEquals(XmlScanner.END, x.next(), "an empty element ends at once");
        assertEquals(XmlScanner.EOF, x.next());
    }

    @Test
    void aGreaterThanInsideAnAttributeValueDoesNotEndTheTag() throws IOException {
        XmlScanner x = new XmlScanner(new ByteArrayInputStream("<numFmt formatCode=\"[>=100]0\" numFmtId=\"5\"/>"
                .getBytes(StandardCharsets.UTF_8)));
        x.next();
        assertEquals("[>=100]0", x.attribute("formatCode"));
        assertEquals(5, x.attributeInt("numFmtId", -1));
    }

    @Test
    void textsAndTagsAcrossTheBufferReadWhole() throws IOException {
        StringBuilder xml = new StringBuilder("<r>");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String t = "第" + i + "行 & 𠮷" + "x".repeat(i % 97);
            expected.add(t);
            xml.append("<t a=\"").append(i).append("\">").append(t.replace("&", "&amp;")).append("</t>");
        }
        xml.append("</r>");
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        // A stream that hands out a few bytes at a time cuts every token somewhere.
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        assertEquals(expected, texts(trickle, "t"));
    }

    @Test
    void skipPassesOverAWholeElement() throws IOException {
        XmlScanner x = new XmlScanner(new ByteArrayInputStream("<r><a><b>1</b><c/></a><t>2</t></r>".getBytes(StandardCharsets.UTF_8)));
        x.next();
        x.next();
        assertTrue(x.is("a"));
        x.skip();
        assertEquals(XmlScanner.START, x.next());
        assertTrue(x.is("t"));
        assertEquals("2", x.elementText());
    }

    @Test
    void damagedOrHostileXmlIsRefused() {
        for (String bad : List.of(
                "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>",
                "<r><t>&unknown;</t></r>",
                "<r><t>a</r></t>",
                "<r><t>a</t>",
                "<r><t>a",
                "<r><t a=\"1>",
                "<r><t>\u0001</t></r>",
                "<r><t>&#1;</t></r>",
                "<r><t>a<b/>c</t></r>")) {
            assertThrows(IOException.class, () -> texts(bad, "t"), bad);
        }
        byte[] malformed = {'<', 'r', '>', '<', 't', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 't', '>', '<', '/', 'r', '>'};
        assertThrows(IOException.class, () -> texts(new ByteArrayInputStream(malformed), "t"), "an overlong UTF-8 form");
    }
}

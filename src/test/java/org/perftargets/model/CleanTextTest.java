package org.perftargets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void everyCharacterTheFastPathMapsIsMappedAsTheNormalizerMapsIt() {
        int mapped = 0;
        for (int u = 0; u <= Character.MAX_VALUE; u++) {
            char c = (char) u;
            int f = CleanText.plainNfkc(c);
            if (f >= 0) {
                assertEquals(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), String.valueOf((char) f),
                        "U+" + Integer.toHexString(u));
                mapped++;
            }
        }
        assertEquals(true, mapped > 20_000, "the CJK ideographs at least: " + mapped);
    }

    @Test
    void foldedIsTheNormalizersFoldingForTextOfEveryKind() {
        Random random = new Random(18);
        // What names are made of, and what only the Normalizer maps: combining marks, kana with their
        // voicing marks, ligatures, circled digits, half-width katakana, no-break and zero-width spaces.
        String alphabet = "警用无人机运行项目（第10001号）ＡＢｃ１２３％－　 \t、。《》「」“”—·e\u0301\u30ab\u3099ﬁ①ｶﾞ\u00a0\u200b";
        List<String> texts = new ArrayList<>(List.of("", " ", "监管项目（第0001号）", "ＧＡ－００１", "cafe\u0301"));
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertEquals(foldedByNormalizer(t), CleanText.folded(t), t);
            assertEquals(Normalizer.normalize(t, Normalizer.Form.NFKC), CleanText.nfkc(t), t);
        }
    }

    @Test
    void textAlreadyPlainIsReturnedAsItIs() {
        String name = "信息化运维项目(2023)";
        assertSame(name, CleanText.folded(name));
        assertSame(name, CleanText.nfkc(name));
        assertEquals("信息化运维项目(2023)", CleanText.folded(" 信息化运维项目（２０２３）　"));
    }

    /** What {@link CleanText#folded} is: the Normalizer's NFKC, every space removed. */
    private static String foldedByNormalizer(String s) {
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).chars().filter(c -> !CleanText.isSpace(c)).forEach(c -> b.append((char) c));
        return b.toString();
    }
}

package org.perftargets.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perftargets.form.DeclarationForm;
import org.perftargets.form.FormKind;
import org.perftargets.form.SelfEvaluationForm;

/**
 * The form workbook's shared parts, written by the program, are what POI's user model makes of the
 * same settings (styles, widths, print setup, footer, print titles), byte for byte and in POI's order.
 * A change to the form's look is made in both, and this test says where they part.
 */
class FormWorkbookTemplateTest {

    @Test
    void thePartsAreWhatPoiMakesOfTheSameSettings() throws IOException {
        for (FormKind kind : List.of(DeclarationForm.KIND, SelfEvaluationForm.KIND)) {
            PoiFormWorkbookParts poi = new PoiFormWorkbookParts(kind);
            FormWorkbookTemplate ours = FormWorkbookTemplate.of(kind);
            Map<String, String> written = new LinkedHashMap<>();
            for (FormWorkbookTemplate.Part p : ours.parts()) {
                written.put(p.name(), p.name().equals("xl/worksheets/sheet1.xml") ? ours.emptySheet()
                        : new String(p.bytes(), StandardCharsets.UTF_8));
            }
            Map<String, String> expected = new LinkedHashMap<>();
            poi.parts.forEach((name, bytes) -> expected.put(name, new String(bytes, StandardCharsets.UTF_8)));
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(written.keySet()), kind.shortName() + ": the parts, in order");
            expected.forEach((name, xml) -> assertEquals(xml, written.get(name), kind.shortName() + ": " + name));
            assertEquals(Map.of("title", (short) ours.title, "subtitle", ours.subtitle, "label", ours.label, "text", ours.text,
                    "goal", ours.goal, "group", ours.group, "money", ours.money, "date", ours.date), Map.copyOf(poi.styles),
                    kind.shortName() + ": the styles' indices");
        }
    }
}

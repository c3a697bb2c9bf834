package org.perftargets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perftargets.benchmark.SyntheticDeclarations;
import org.perftargets.form.DeclarationForm;
import org.perftargets.form.SelfEvaluationForm;
import org.perftargets.intake.IntakeReader;
import org.perftargets.intake.WorkbookFiles;
import org.perftargets.model.Indicator;
import org.perftargets.model.Project;
import org.perftargets.model.SelfScoring;

/**
 * A form is laid out split into the pages the forecast expects, then checked: the forecast decides
 * how many layouts a form takes, never where its pages break.
 */
class BreakForecastTest {

    private static final PdfRenderer RENDERER = new PdfRenderer(Templates.bundled());

    private static List<Project> sample() throws IOException {
        return new IntakeReader().readAll(WorkbookFiles.list(Path.of("input"))).declarations().projects();
    }

    private static FormView declaration(Project p) {
        return FormView.of(DeclarationForm.KIND, p, p.indicators());
    }

    private static List<FormView> selfEvaluations(List<Project> declared) {
        List<FormView> forms = new ArrayList<>();
        for (Project p : SyntheticDeclarations.selfEvaluations(declared)) {
            SelfScoring.Score s = SelfScoring.score(p);
            forms.add(FormView.of(SelfEvaluationForm.KIND, SelfEvaluationForm.head(p, s), SelfEvaluationForm.rows(s)));
        }
        return forms;
    }

    /** The sample's 23 projects and 40 generated ones, as declarations and as self-evaluations. */
    private static List<FormView> everyday() throws IOException {
        List<Project> projects = new ArrayList<>(sample());
        projects.addAll(SyntheticDeclarations.generate(40, 7));
        List<FormView> forms = new ArrayList<>(projects.stream().map(BreakForecastTest::declaration).toList());
        forms.addAll(selfEvaluations(projects));
        return forms;
    }

    @Test
    void everydayFormsAreLaidOutOnceAndManyRunOverPages() throws IOException {
        int continued = 0;
        for (FormView form : everyday()) {
            PdfRenderer.SheetLayout layout = RENDERER.layOutSheet(form, null, true);
            assertEquals(1, layout.layouts(), form.name() + " " + form.title() + ": " + layout.pageStarts());
            continued += layout.pageStarts().isEmpty() ? 0 : 1;
        }
        assertTrue(continued >= 60, "forms that continue: " + continued);
    }

    @Test
    void theForecastChangesHowOftenAFormIsLaidOutNeverItsPages() throws IOException {
        List<FormView> forms = new ArrayList<>(everyday());
        Project sixty = PrintedLayoutTest.sixty();
        forms.add(declaration(sixty));
        forms.addAll(selfEvaluations(List.of(sixty)));
        forms.add(declaration(Fixture.longForm()));
        forms.add(declaration(Fixture.hostile()));
        forms.add(declaration(Fixture.rareCharacters()));
        forms.add(declaration(withGoal(Fixture.detention(), "保障留置专区的正常运转。\n".repeat(70))));
        forms.add(declaration(withValues(Fixture.longForm(), "第一行\n第二行\n第三行")));
        forms.add(declaration(times(Fixture.detention(), 12)));
        for (FormView form : forms) {
            PdfRenderer.SheetLayout forecast = RENDERER.layOutSheet(form, null, true);
            PdfRenderer.SheetLayout whole = RENDERER.layOutSheet(form, null, false);
            assertEquals(forecast.pageStarts(), laidOutStarts(forecast), form.name() + ": every page as asked");
            if (whole.layouts() < 4) {
                assertEquals(whole.pageStarts(), forecast.pageStarts(), form.name());
            }
            assertTrue(forecast.layouts() <= whole.layouts(), form.name());
        }
    }

    @Test
    void aFormOfTwoHundredLinesInRowGroupsIsLaidOutOnceWithEveryPageAsAsked() {
        // Laid out whole first, this form went round four layouts and kept one whose pages 6 and 8 held a line each.
        PdfRenderer.SheetLayout layout = RENDERER.layOutSheet(declaration(times(Fixture.detention(), 12)), null, true);
        assertEquals(1, layout.layouts());
        assertEquals(6, layout.pageStarts().size(), "seven pages");
        assertEquals(layout.pageStarts(), laidOutStarts(layout));
    }

    /** The lines that start a page in the layout as Flying Saucer made it. */
    private static List<Integer> laidOutStarts(PdfRenderer.SheetLayout layout) {
        return IndicatorBreaks.pageStarts(IndicatorBreaks.Laid.of(layout.renderer()).pages());
    }

    @Test
    void goalsFillingTheFirstPagePutTheIndicatorsOnAContinuedPage() {
        FormView form = declaration(withGoal(Fixture.detention(), "保障留置专区的正常运转。\n".repeat(70)));
        PdfRenderer.SheetLayout layout = RENDERER.layOutSheet(form, null, true);
        assertEquals(List.of(0), layout.pageStarts());
        assertFalse(layout.layouts() > 2);
    }

    private static Project withGoal(Project p, String goal) {
        return new Project(p.year(), p.department(), p.unit(), null, p.name(), p.nature(), p.category(), p.start(), p.end(),
                p.lifetime(), p.annual(), p.overallGoal(), goal, p.indicators(), p.origin());
    }

    private static Project withValues(Project p, String value) {
        List<Indicator> ind = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            ind.add(Fixture.i(i.level1(), i.level2(), i.name(), value));
        }
        return p.withIndicators(ind);
    }

    /** A form of {@code times} × the project's indicators: 100 lines and more go in several row groups. */
    private static Project times(Project p, int times) {
        List<Indicator> ind = new ArrayList<>();
        for (int k = 0; k < times; k++) {
            ind.addAll(p.indicators());
        }
        return p.withIndicators(ind);
    }
}

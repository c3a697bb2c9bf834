package org.perftargets.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;

class SheetFileNamesTest {

    private static Project named(String name) {
        return new Project(2023, "局", "局", null, name, "n", "c", null, null, LifetimeFunds.BLANK,
                new AnnualFunds(null, null, null, null), "", "", List.of(), Origin.ofRow("a.xlsx", "项目", 2));
    }

    @Test
    void namesThatMapToTheSameFileGetNumberedInDeclaredOrder() {
        List<String> names = SheetFileNames.assign(List.of(named("a/b"), named("a:b"), named("c"), named("a?b")));
        assertEquals(List.of("a_b", "a_b (2)", "c", "a_b (3)"), names);
    }

    @Test
    void namesDifferingOnlyInCaseDoNotShareAFile() {
        assertEquals(List.of("PDT", "pdt (2)"), SheetFileNames.assign(List.of(named("PDT"), named("pdt"))));
    }

    @Test
    void aNumberedNameThatIsAlsoARealNameIsSkipped() {
        assertEquals(List.of("x (2)", "x", "x (3)"),
                SheetFileNames.assign(List.of(named("x (2)"), named("x"), named("x"))));
    }
}

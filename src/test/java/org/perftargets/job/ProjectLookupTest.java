package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;

class ProjectLookupTest {

    private static Project named(String name, String code) {
        return new Project(2023, "局", "局", code, name, "n", "c", null, null, LifetimeFunds.BLANK,
                new AnnualFunds(null, null, null, null), "", "", List.of(), Origin.ofRow("a.xlsx", "项目", 2));
    }

    private static final List<Project> PROJECTS = List.of(named("信息化运维项目", "GA-1"), named("被装经费", null),
            named("办案业务费", null), named("监管经费", null));

    @Test
    void findsByNameIgnoringFullWidthAndSpacesOrByCode() {
        assertEquals("信息化运维项目", ProjectLookup.find(PROJECTS, " 信息化运维项目 ").get(0).name());
        assertEquals("信息化运维项目", ProjectLookup.find(PROJECTS, "ＧＡ-1").get(0).name());
        assertEquals(List.of(), ProjectLookup.find(PROJECTS, "信息化运维"));
    }

    @Test
    void suggestsOnlyNamesThatAreClose() {
        assertEquals(List.of("信息化运维项目"), ProjectLookup.closest(PROJECTS, "信息化运维", 5));
        assertEquals(List.of("被装经费"), ProjectLookup.closest(PROJECTS, "被装经费用", 5));
        assertEquals(List.of("被装经费"), ProjectLookup.closest(PROJECTS, "装经费", 5));
        assertEquals(List.of("监管经费", "被装经费"), ProjectLookup.closest(PROJECTS, "经费", 5), "ties in the order of their characters");
        assertEquals(List.of(), ProjectLookup.closest(PROJECTS, "完全无关的名字", 5));
    }

    @Test
    void aCodeTypedWrongOrInTheOtherCaseIsNotFoundButSuggestedWithItsName() {
        assertEquals(List.of(), ProjectLookup.find(PROJECTS, "ga-1"), "found only as the reading chose it");
        assertEquals(List.of("GA-1（信息化运维项目）"), ProjectLookup.closest(PROJECTS, "ga-1", 5));
        assertEquals(List.of("GA-1（信息化运维项目）"), ProjectLookup.closest(PROJECTS, "GA-11", 5));
    }
}

package org.perftargets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CloseNamesTest {

    private static final List<String> NAMES = List.of("信息化运维项目", "被装经费", "办案业务费", "监管经费", "IT运维");

    @Test
    void namesContainingWhatWasTypedComeFirstThenTheFewestEdits() {
        assertEquals(List.of("被装经费", "监管经费"), CloseNames.among(NAMES, "装经费", 5));
        assertEquals(List.of("被装经费"), CloseNames.among(NAMES, "被装费", 5), "监管经费 is three edits away");
        assertEquals(List.of("监管经费", "被装经费"), CloseNames.among(NAMES, "管经费", 5), "containing it before two edits away");
        assertEquals(List.of("被装经费"), CloseNames.among(NAMES, "被装经费", 1));
    }

    @Test
    void comparesAsTheReadingDoesAndIgnoresTheCaseOfLatinLetters() {
        assertEquals(List.of("信息化运维项目"), CloseNames.among(NAMES, " 信息化运维项 ", 1));
        assertEquals(List.of("IT运维"), CloseNames.among(NAMES, "ｉｔ运维", 1));
    }

    @Test
    void nothingFarOrEmptyIsSuggested() {
        assertEquals(List.of(), CloseNames.among(NAMES, "完全无关的名字", 5));
        assertEquals(List.of(), CloseNames.among(NAMES, "  ", 5));
    }

    @Test
    void editDistanceCountsSingleCharacterChanges() {
        assertEquals(0, CloseNames.editDistance("经费", "经费"));
        assertEquals(1, CloseNames.editDistance("经费", "经费用"));
        assertEquals(2, CloseNames.editDistance("被装经费", "监管经费"));
        assertEquals(3, CloseNames.editDistance("", "abc"));
    }
}

package org.perftargets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CloseNamesTest {

    private static final List<String> NAMES = List.of("信息化运维项目", "被装经费", "办案业务费", "监管经费", "IT运维");

    @Test
    void namesContainingWhatWasTypedComeFirstThenTheFewestEdits() {
        assertEquals(List.of("被装经费"), CloseNames.among(NAMES, "装经费", 5), "监管经费 is two edits away");
        assertEquals(List.of("被装经费"), CloseNames.among(NAMES, "被装费", 5), "监管经费 is three edits away");
        assertEquals(List.of("监管经费项目", "监管经赛"), CloseNames.among(List.of("监管经赛", "监管经费项目"), "监管经费", 5),
                "containing it before one edit away");
        assertEquals(List.of("办案业务费"), CloseNames.among(NAMES, "办案业费", 5), "one edit in four characters");
        assertEquals(List.of("被装经费"), CloseNames.among(NAMES, "被装经费", 1));
    }

    @Test
    void comparesAsTheReadingDoesAndIgnoresTheCaseOfLatinLetters() {
        assertEquals(List.of("信息化运维项目"), CloseNames.among(NAMES, " 信息化运维项 ", 1));
        assertEquals(List.of("IT运维"), CloseNames.among(NAMES, "ｉｔ运维", 1));
    }

    @Test
    void aShortNameIsCloseOnlyToNamesOneEditAway() {
        List<String> names = List.of("办案费", "监管费", "被装经费");
        assertEquals(List.of("被装经费"), CloseNames.among(names, "被装费", 5), "办案费 and 监管费 are two edits away");
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

    @Test
    void aBoundedDistanceIsExactWithinTheBoundAndAboveItBeyond() {
        String[] words = {"", "经费", "被装经费", "监管经费", "办案业务费", "信息化运维项目", "信息化运维", "abcdef", "fedcba"};
        for (String a : words) {
            for (String b : words) {
                int d = CloseNames.editDistance(a, b);
                for (int limit = 0; limit < 8; limit++) {
                    int bounded = CloseNames.editDistance(a, b, limit);
                    if (d <= limit) {
                        assertEquals(d, bounded, a + "/" + b + " within " + limit);
                    } else {
                        assertEquals(true, bounded > limit, a + "/" + b + " beyond " + limit);
                    }
                }
            }
        }
    }
}

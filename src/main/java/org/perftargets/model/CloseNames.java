package org.perftargets.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names most like one typed wrong, for a message's "您是不是要找": those containing it (or
 * contained in it) first, then those within a few edits. Names are compared as the reading compares
 * them ({@link CleanText#folded}: full-width forms and spaces aside), and Latin letters in either
 * case (ga-001 is close to GA-001).
 */
public final class CloseNames {

    private CloseNames() {
    }

    /** Up to {@code max} of {@code names} like {@code wanted}, the closest first; empty when none is close. */
    public static List<String> among(Collection<String> names, String wanted, int max) {
        String w = CleanText.folded(wanted).toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return List.of();
        }
        int tolerance = Math.max(2, w.length() / 2);
        record Near(String name, boolean contains, int distance) {
        }
        return names.stream().distinct().map(n -> {
            String f = CleanText.folded(n).toLowerCase(Locale.ROOT);
            boolean contains = !f.isEmpty() && (f.contains(w) || w.contains(f));
            // Lengths further apart than the tolerance cannot be within it: no table to fill (20,000 names).
            int distance = contains || Math.abs(f.length() - w.length()) > tolerance ? Integer.MAX_VALUE : editDistance(f, w);
            return new Near(n, contains, distance);
        }).filter(n -> n.contains || n.distance <= tolerance)
                .sorted(Comparator.comparing((Near n) -> !n.contains).thenComparingInt(Near::distance)
                        .thenComparing(Near::name))
                .limit(max).map(Near::name).toList();
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

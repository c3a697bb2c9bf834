package org.perftargets.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The names most like one typed wrong, for a message's "您是不是要找": those containing it (or
 * contained in it) first, then those within a few edits (a third of its length, at least one: 被装费
 * is close to 被装经费, not to 办案费). Names are compared as the reading compares them
 * ({@link CleanText#folded}: full-width forms and spaces aside), and Latin letters in either case
 * (ga-001 is close to GA-001).
 */
public final class CloseNames {

    private final List<String> names;
    private final List<String> folded;

    private CloseNames(Collection<String> names) {
        this.names = new ArrayList<>(new LinkedHashSet<>(names));
        this.folded = this.names.stream().map(CloseNames::fold).toList();
    }

    /** The names to choose from, each folded once (a workbook asks about up to 20 names among 20,000). */
    public static CloseNames of(Collection<String> names) {
        return new CloseNames(names);
    }

    /** Up to {@code max} of {@code names} like {@code wanted}, the closest first; empty when none is close. */
    public static List<String> among(Collection<String> names, String wanted, int max) {
        return of(names).closestTo(wanted, max);
    }

    /** Up to {@code max} names like {@code wanted}, the closest first; empty when none is close. */
    public List<String> closestTo(String wanted, int max) {
        String w = fold(wanted);
        if (w.isEmpty()) {
            return List.of();
        }
        int tolerance = Math.max(1, w.length() / 3);
        record Near(String name, boolean contains, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String f = folded.get(i);
            if (f.isEmpty()) {
                continue;
            }
            if (f.contains(w) || w.contains(f)) {
                near.add(new Near(names.get(i), true, 0));
            } else {
                int d = editDistance(f, w, tolerance);
                if (d <= tolerance) {
                    near.add(new Near(names.get(i), false, d));
                }
            }
        }
        near.sort(Comparator.comparing((Near n) -> !n.contains).thenComparingInt(Near::distance).thenComparing(Near::name));
        return near.stream().limit(max).map(Near::name).toList();
    }

    private static String fold(String s) {
        return CleanText.folded(s).toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
    public static int editDistance(String a, String b) {
        return editDistance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The distance where it is at most {@code limit}, else some number above it: a row of the
     * table whose least is above the limit ends the count (most names are far from the one typed).
     */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int least = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                least = Math.min(least, cur[j]);
            }
            if (least > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package org.perftargets.model;

import java.text.Normalizer;

/**
 * The text clean-ups users' typing needs. {@link #trim} keeps what was written but drops the
 * spaces around it (also non-breaking, full-width and zero-width ones, which {@code strip()}
 * misses). {@link #folded} additionally maps full-width digits and symbols to their plain forms
 * ({@code １２} → {@code 12}, {@code ％} → {@code %}, {@code （} → {@code (}) and removes all
 * spaces, for reading numbers, dates, operators and header names.
 */
public final class CleanText {

    private CleanText() {
    }

    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'
                || c == '\u2060';
    }

    /** Trimmed of every kind of space at both ends; {@code null} becomes empty. */
    public static String trim(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Full-width folded to plain (NFKC) and every space removed. */
    public static String folded(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Every space removed, nothing else changed: for fixed vocabularies such as 服务对象满意度 指标. */
    public static String withoutSpaces(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !isSpace(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}

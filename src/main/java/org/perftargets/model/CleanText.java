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
        return withoutSpaces(nfkc(s));
    }

    /** The text in NFKC (full-width forms plain, compatibility characters replaced); {@code null} stays null. */
    public static String nfkc(String s) {
        if (s == null) {
            return null;
        }
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int f = plainNfkc(c);
            if (f < 0) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
            if (f != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) f;
            }
        }
        return out == null ? s : new String(out);
    }

    /**
     * A character's NFKC form where it is one character whatever surrounds it: ASCII, the CJK
     * ideographs and common CJK punctuation (themselves), full-width ASCII (plain), the ideographic
     * space (a space); -1 for any other, which only the Normalizer may map (combining marks, kana,
     * ligatures...). Names are almost all of these: 20,000 project names folded in 45 ms by the
     * Normalizer, in a few ms by this; {@code CleanTextTest} holds each character to the Normalizer.
     */
    static int plainNfkc(char c) {
        if (c >= ' ' && c < 0x7f || c >= '\u4e00' && c <= '\u9fff' || c == '\t' || c == '\n' || c == '\r'
                || c >= '\u3001' && c <= '\u3002' || c >= '\u3008' && c <= '\u3011' || c == '\u2014'
                || c >= '\u2018' && c <= '\u2019' || c >= '\u201c' && c <= '\u201d') {
            return c;
        }
        if (c >= '\uff01' && c <= '\uff5e') {
            return c - 0xfee0;
        }
        return c == '\u3000' ? ' ' : -1;
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

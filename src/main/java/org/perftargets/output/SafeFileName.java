package org.perftargets.output;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a project name into a file name that is valid on Linux and Windows alike: no path
 * separators or characters Windows forbids, no control characters, no leading or trailing dots
 * or spaces, no reserved device names, and at most {@value #MAX_BYTES} bytes of UTF-8 (file systems
 * count bytes, and a Chinese character takes three).
 */
public final class SafeFileName {

    /** Leaves room for a suffix like "(12)" and an extension within the common 255-byte limit. */
    static final int MAX_BYTES = 180;

    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    /** The base name (without extension) to use for {@code name}; never empty. */
    public static String of(String name) {
        String source = name == null ? "" : name.strip();
        String result = trimDotsAndSpaces(truncate(allAllowed(source) ? source : replaced(source)));
        if (result.isEmpty()) {
            result = "未命名";
        }
        String stem = result.contains(".") ? result.substring(0, result.indexOf('.')) : result;
        if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            result = "_" + result;
        }
        return result;
    }

    /** Whether every character may stay as it is (most names: a group's 20,000 are checked for one sheet). */
    private static boolean allAllowed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || !allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(int cp) {
        int type = Character.getType(cp);
        return !(cp < 0x20 || cp == 0x7f || "/\\:*?\"<>|".indexOf(cp) >= 0 || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
    }

    /** Each character not allowed replaced by '_'. */
    private static String replaced(String source) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            i += Character.charCount(cp);
            if (allowed(cp)) {
                s.appendCodePoint(cp);
            } else {
                s.append('_');
            }
        }
        return s.toString();
    }

    private static String truncate(String s) {
        if (s.length() * 3 <= MAX_BYTES) {
            return s; // no UTF-16 unit takes more than three bytes of UTF-8 (a pair takes four for two)
        }
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static String trimDotsAndSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }
}

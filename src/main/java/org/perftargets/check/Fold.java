package org.perftargets.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Texts as the review compares them: full-width forms made plain (NFKC), no white space, lower case. */
final class Fold {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private Fold() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        boolean plain = true;
        for (int i = 0; i < n.length() && plain; i++) {
            char c = n.charAt(i);
            plain = !Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000' && !Character.isUpperCase(c);
        }
        return plain ? n : SPACE.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

package org.perftargets.check;

import java.text.Normalizer;
import java.util.Locale;

/** Texts as the review compares them: full-width forms made plain (NFKC), no white space, lower case. */
final class Fold {

    private Fold() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}

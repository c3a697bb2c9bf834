package org.perftargets.render;

import java.math.BigDecimal;

import org.perftargets.model.Yuan;

/** How values look on the form: 12,229,200.00, 2023-01-01, texts as written; blank stays blank. */
final class Printed {

    private Printed() {
    }

    static String value(Object v) {
        if (v instanceof BigDecimal amount) {
            return Yuan.format(amount);
        }
        return v == null ? "" : v.toString();
    }

    static String money(BigDecimal amount) {
        return Yuan.format(amount);
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static String year(Integer year) {
        return year == null ? "" : year.toString();
    }
}

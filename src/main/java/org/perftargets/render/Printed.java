package org.perftargets.render;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.perftargets.model.Yuan;

/** How numbers and dates look on the form: 12,229,200.00 and 2023-01-01; blank stays blank. */
final class Printed {

    private Printed() {
    }

    static String money(BigDecimal amount) {
        return Yuan.format(amount);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static String year(Integer year) {
        return year == null ? "" : year.toString();
    }
}

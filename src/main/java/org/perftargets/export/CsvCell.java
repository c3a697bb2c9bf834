package org.perftargets.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** How one value is written into a CSV cell that Excel will open. */
final class CsvCell {

    private CsvCell() {
    }

    /**
     * Text as a cell. A cell that begins with = + - @, tab or carriage return would be run as a
     * formula by Excel; a leading apostrophe makes it plain text (the OWASP advice).
     */
    static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + s;
        }
        return s;
    }

    /** Amounts as plain numbers with two decimals, such as 12229200.00; blank when not given. */
    static String money(BigDecimal amount) {
        return amount == null ? "" : text(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static String integer(Integer i) {
        return i == null ? "" : i.toString();
    }
}

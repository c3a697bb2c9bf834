package org.perftargets.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one cell holds, as read: its address, its text as shown (trimmed), and, where the cell
 * is numeric or a date, that value. A formula gives its cached result; {@code formulaError}
 * is set (e.g. {@code #DIV/0!}) when that result is an error.
 */
record CellValue(String ref, String text, BigDecimal number, LocalDate date, String formulaError) {

    static CellValue blank(String ref) {
        return new CellValue(ref, "", null, null, null);
    }

    boolean isBlank() {
        return text.isEmpty() && number == null && date == null && formulaError == null;
    }
}

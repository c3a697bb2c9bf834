package org.perftargets.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.perftargets.model.CleanText;

/**
 * What one cell holds, as read: its address, its text as shown (trimmed), and, where the cell
 * is numeric or a date, that value. A formula gives its cached result; {@code formulaError}
 * is set (e.g. {@code #DIV/0!}) when that result is an error; {@code formula} is the formula as
 * stored (without its {@code =}), and {@code cached} says whether a result was stored with it.
 */
record CellValue(String ref, String text, BigDecimal number, LocalDate date, String formulaError, String formula,
        boolean cached, int fullLength) {

    /**
     * A formula that is only a number, as Excel stores what a user typed as {@code =100%} or
     * {@code =58}: the user meant the text, not its value.
     */
    private static final Pattern CONSTANT = Pattern.compile("^[+-]?\\d+(\\.\\d+)?%?$");

    CellValue(String ref, String text, BigDecimal number, LocalDate date, String formulaError) {
        this(ref, text, number, date, formulaError, null, true, 0);
    }

    CellValue(String ref, String text, BigDecimal number, LocalDate date, String formulaError, String formula,
            boolean cached) {
        this(ref, text, number, date, formulaError, formula, cached, 0);
    }

    /** A text longer than the limit: cut, and never published (the assembler reports it at its project). */
    boolean isCut() {
        return fullLength > 0;
    }

    CellValue cutAt(int chars) {
        int end = text.offsetByCodePoints(0, Math.min(chars, text.codePointCount(0, text.length())));
        return new CellValue(ref, text.substring(0, end), number, date, formulaError, formula, cached, text.length());
    }

    /** What {@link #formulaError} holds for a cell whose stored value is damaged (a number cell holding "abc"). */
    static final String DAMAGED = "单元格已损坏";

    /** A cell whose stored value cannot be read: an error at the cell, never a blank or a 0. */
    static CellValue damaged(String ref) {
        return new CellValue(ref, "", null, null, DAMAGED);
    }

    boolean isDamaged() {
        return DAMAGED.equals(formulaError);
    }

    static CellValue blank(String ref) {
        return new CellValue(ref, "", null, null, null);
    }

    boolean isBlank() {
        return text.isEmpty() && number == null && date == null && formulaError == null && !isUncachedFormula();
    }

    /** A formula stored without its result (a workbook a program wrote and no one opened in Excel). */
    boolean isUncachedFormula() {
        return formula != null && !cached;
    }

    /** A formula that is a constant ({@code =100%}): what the user typed, with its {@code =}. */
    boolean isConstantFormula() {
        return formula != null && CONSTANT.matcher(CleanText.folded(formula)).matches();
    }

    /** The text the user typed: a constant formula as typed ({@code =100%}), else the text shown. */
    String typed() {
        return isConstantFormula() ? "=" + CleanText.folded(formula) : text;
    }

    CellValue withRef(String newRef) {
        return newRef.equals(ref) ? this : new CellValue(newRef, text, number, date, formulaError, formula, cached, fullLength);
    }

    CellValue withText(String newText) {
        return new CellValue(ref, newText, number, date, formulaError, formula, cached, fullLength);
    }
}

package org.perftargets.intake;

import java.io.IOException;

import org.perftargets.model.Field;

/**
 * One way declarations are laid out in a workbook (the standard two-sheet table, sheets laid out
 * like the printed form, ...). A layout only finds cells: which cell holds which field of which
 * project or indicator. What the values mean, which are required, what a blank means and every
 * message about a value belong to the {@link Assembler}. Adding a layout adds one class and one
 * entry in {@link IntakeReader}'s list.
 */
interface IntakeLayout {

    /** Whether the workbook is laid out this way. */
    boolean fits(IntakeWorkbook workbook) throws IOException;

    /** Finds every project's and indicator's cells and hands them on in reading order. */
    void find(String file, IntakeWorkbook workbook, ReadLimits limits, FoundCells found) throws IOException;

    /** Where the user fills in a field in this layout: the advice for a required value left blank. */
    String whereToFill(Field field);
}

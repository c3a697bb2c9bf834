package org.perftargets.intake;

/**
 * Bounds on what one workbook may hold, so that an oversized or malicious file stops with a
 * message instead of exhausting memory. Each can be set on the command line.
 */
public record ReadLimits(long maxFileBytes, int maxRows, int maxCellChars) {

    /**
     * 50 MB, 500,000 rows per sheet, 10,000 characters per cell: a province's year in one workbook
     * (20,000 projects of about 17 indicators are 340,000 indicator rows, about 12 MB) fits, and the
     * standard layout streams it; a sheet of a million junk rows is still refused before it is read.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 500_000, 10_000);
}

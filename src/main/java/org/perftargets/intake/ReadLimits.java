package org.perftargets.intake;

/**
 * Bounds on what one workbook may hold, so that an oversized or malicious file stops with a
 * message instead of exhausting memory. Each can be set on the command line.
 */
public record ReadLimits(long maxFileBytes, int maxRows, int maxCellChars) {

    /** 50 MB, 100,000 rows per sheet, 10,000 characters per cell: far above any real declaration. */
    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 100_000, 10_000);
}

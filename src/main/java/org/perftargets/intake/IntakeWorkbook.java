package org.perftargets.intake;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * A workbook as the layouts see it: its sheets as tables read row by row, and, for a layout that
 * needs to look anywhere on a sheet (a form), POI's whole user model, built only when asked for.
 */
interface IntakeWorkbook {

    List<TableSheet> sheets();

    /** POI's user model of the whole workbook (built on first call for a streamed .xlsx). */
    Workbook userModel() throws IOException;
}

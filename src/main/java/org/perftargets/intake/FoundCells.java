package org.perftargets.intake;

import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/**
 * Where a layout hands on what it finds, as it finds it: the assembler, which reads the values.
 * A layout calls these in reading order, so findings come in the order of the workbook.
 */
interface FoundCells {

    /** A project's own cells. */
    void project(FoundRecord project);

    /** An indicator of the project handed on last (a form sheet holds one project and its indicators). */
    void indicatorOfLastProject(FoundRecord indicator);

    /** An indicator row that names its project in its own cells (项目名称 or 项目编码, and 年度, 主管部门). */
    void indicatorNamingItsProject(FoundRecord indicator);

    /** A problem of the workbook's shape (a missing sheet or header): it concerns the whole file. */
    void problem(Finding finding);

    /** A problem of shape that concerns only the project handed on last. */
    void problemOfLastProject(Location where, String message, String advice);

    /** Which rows of a table of projects are wanted whole (all, but in a reading for some projects only). */
    default RowChoice projectRows() {
        return RowChoice.ALL;
    }

    /** Which rows of a table of indicators naming their projects are wanted whole. */
    default RowChoice indicatorRows() {
        return RowChoice.ALL;
    }

    /**
     * A guess at {@link #indicatorRows()}'s answers made without the projects, for reading a table of
     * indicators while the table of projects is read; each guess is held against the answer after.
     * Null: no guess, the indicators are read after the projects.
     */
    default java.util.function.Predicate<FoundRecord> indicatorRowsGuess() {
        return null;
    }
}

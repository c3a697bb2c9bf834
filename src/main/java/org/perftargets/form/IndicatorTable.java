package org.perftargets.form;

import java.util.List;

/**
 * The indicator part of a form: a section label in the first grid column spanning every row, then
 * the columns, whose header row repeats on a continued page.
 */
public record IndicatorTable(String section, List<IndicatorColumn> columns) {

    public IndicatorTable {
        columns = List.copyOf(columns);
    }

    /** How many leading columns are grouped (their equal values merge). */
    public int groupedColumns() {
        int n = 0;
        while (n < columns.size() && columns.get(n).grouped()) {
            n++;
        }
        return n;
    }
}

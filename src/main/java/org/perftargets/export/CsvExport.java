package org.perftargets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.perftargets.model.Project;

/**
 * The two tables of a group as CSV, for programs: one row per project (项目汇总.csv) and one row
 * per indicator (绩效指标.csv). UTF-8 with a byte-order mark, so that Excel opens the Chinese
 * right; text that Excel would run as a formula is neutralised ({@link CsvCell}).
 */
public final class CsvExport {

    static final List<String> PROJECT_HEADERS = Table.PROJECTS.headers();
    static final List<String> INDICATOR_HEADERS = Table.INDICATORS.headers();

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();

    private CsvExport() {
    }

    public static void writeProjects(List<Project> projects, OutputStream out) throws IOException {
        write(Table.PROJECTS, projects, out);
    }

    public static void writeIndicators(List<Project> projects, OutputStream out) throws IOException {
        write(Table.INDICATORS, projects, out);
    }

    static <T> void write(Table<T> table, List<Project> projects, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(w, FORMAT)) {
            csv.printRecord(table.headers());
            for (T row : table.rows().apply(projects)) {
                List<String> cells = new ArrayList<>(table.columns().size());
                for (Table.Column<T> c : table.columns()) {
                    cells.add(cell(c.kind(), c.value().apply(row)));
                }
                csv.printRecord(cells);
            }
        }
    }

    private static String cell(Table.Kind kind, Object v) {
        return switch (kind) {
            case TEXT -> CsvCell.text((String) v);
            case INTEGER -> v == null ? "" : v.toString();
            case DATE -> CsvCell.date((LocalDate) v);
            case MONEY -> CsvCell.money((BigDecimal) v);
            case NUMBER -> v == null ? "" : ((BigDecimal) v).toPlainString();
        };
    }
}

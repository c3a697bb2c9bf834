package org.perftargets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.perftargets.model.Field;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;

/**
 * The two CSV tables of a group: one row per project (项目汇总.csv) and one row per indicator
 * (绩效指标.csv). UTF-8 with a byte-order mark, so that Excel opens the Chinese right.
 */
public final class CsvExport {

    /** Every field of a project, then its number of indicators. */
    static final List<String> PROJECT_HEADERS = Stream.concat(Field.PROJECT.stream().map(Field::label),
            Stream.of("绩效指标数")).toList();

    /** The project's 年度, 主管部门 and 项目名称, the indicator's number and fields, then its value taken apart. */
    static final List<String> INDICATOR_HEADERS = Stream.of(
            Stream.of(Field.YEAR, Field.DEPARTMENT, Field.NAME).map(Field::label), Stream.of("序号"),
            Field.INDICATOR.stream().map(Field::label), Stream.of("比较符", "数值", "单位"))
            .flatMap(s -> s).toList();

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();

    private CsvExport() {
    }

    public static void writeProjects(List<Project> projects, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord(PROJECT_HEADERS);
            for (Project p : projects) {
                csv.printRecord(
                        CsvCell.integer(p.year()),
                        CsvCell.text(p.department()),
                        CsvCell.text(p.unit()),
                        CsvCell.text(p.code()),
                        CsvCell.text(p.name()),
                        CsvCell.text(p.nature()),
                        CsvCell.text(p.category()),
                        CsvCell.date(p.start()),
                        CsvCell.date(p.end()),
                        CsvCell.money(p.lifetime().total()),
                        CsvCell.money(p.lifetime().fiscal()),
                        CsvCell.money(p.lifetime().other()),
                        CsvCell.money(p.annual().total()),
                        CsvCell.money(p.annual().appropriation()),
                        CsvCell.money(p.annual().carryOver()),
                        CsvCell.money(p.annual().other()),
                        CsvCell.text(p.overallGoal()),
                        CsvCell.text(p.annualGoal()),
                        p.indicators().size());
            }
        }
    }

    public static void writeIndicators(List<Project> projects, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out)) {
            csv.printRecord(INDICATOR_HEADERS);
            for (Project p : projects) {
                int n = 0;
                for (Indicator i : p.indicators()) {
                    n++;
                    String operator = "";
                    String number = "";
                    String unit = "";
                    if (i.value() instanceof IndicatorValue.Comparison c) {
                        operator = c.operator().symbol();
                        number = c.numberText();
                        unit = c.unit();
                    }
                    csv.printRecord(
                            CsvCell.integer(p.year()),
                            CsvCell.text(p.department()),
                            CsvCell.text(p.name()),
                            n,
                            CsvCell.text(i.level1()),
                            CsvCell.text(i.level2()),
                            CsvCell.text(i.name()),
                            CsvCell.text(i.value().printed()),
                            CsvCell.text(operator),
                            number,
                            CsvCell.text(unit));
                }
            }
        }
    }

    private static CSVPrinter printer(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return new CSVPrinter(w, FORMAT);
    }
}

package org.perftargets.intake;

import java.util.ArrayList;
import java.util.List;

import org.perftargets.model.CleanText;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/**
 * The standard intake workbook ({@link StandardWorkbook}): sheet 项目 with a project per row and
 * sheet 绩效指标 with an indicator per row, each naming its project; columns found by their headers.
 */
final class StandardLayout implements IntakeLayout {

    @Override
    public boolean fits(IntakeWorkbook workbook) {
        return sheet(workbook, StandardWorkbook.PROJECT_SHEET) != null;
    }

    @Override
    public String whereToFill(Field field) {
        return "这是必填项，请填写";
    }

    @Override
    public void find(String file, IntakeWorkbook wb, ReadLimits limits, FoundCells found) {
        TableSheet projectSheet = sheet(wb, StandardWorkbook.PROJECT_SHEET);
        TableSheet indicatorSheet = sheet(wb, StandardWorkbook.INDICATOR_SHEET);
        boolean twice = false;
        for (String name : List.of(StandardWorkbook.PROJECT_SHEET, StandardWorkbook.INDICATOR_SHEET)) {
            List<String> same = sheetNames(wb, name);
            if (same.size() > 1) {
                twice = true;
                found.problem(Finding.error(Location.ofFile(file), "有 " + same.size() + " 个工作表都是「" + name + "」："
                        + String.join("、", same.stream().map(n -> "「" + n + "」").toList()) + "，不知道该读哪一个",
                        "请只保留一个「" + name + "」工作表，把其他的改名或删除", null));
            }
        }
        if (twice) {
            return;
        }
        for (TableSheet s : indicatorSheet == null ? List.of(projectSheet) : List.of(projectSheet, indicatorSheet)) {
            SheetNotes.note(file, s, found);
        }
        for (TableSheet s : wb.sheets()) {
            if (s != projectSheet && s != indicatorSheet
                    && !CleanText.folded(s.name()).equals(StandardWorkbook.NOTES_SHEET)) {
                SheetNotes.notRead(file, s, "标准申报工作簿只读取「" + StandardWorkbook.PROJECT_SHEET + "」和「"
                        + StandardWorkbook.INDICATOR_SHEET + "」两个工作表", found);
            }
        }
        if (indicatorSheet == null) {
            found.problem(Finding.error(Location.ofFile(file), "找不到工作表「" + StandardWorkbook.INDICATOR_SHEET + "」",
                    "请加上「绩效指标」工作表，每行一条指标；可用 mvn -q -Dtemplate 生成空白模板", null));
        }
        for (TableSheet s : indicatorSheet == null ? List.of(projectSheet) : List.of(projectSheet, indicatorSheet)) {
            // A sheet not scanned yet is read once (for some projects only), and its rows counted after.
            if (s.outlined() && s.lastRowIndex() + 1 > limits.maxRows()) {
                found.problem(Finding.error(Location.ofSheet(file, s.name()),
                        "工作表行数过多（" + (s.lastRowIndex() + 1) + " 行，上限 " + limits.maxRows() + " 行）",
                        "请删除多余的行；如确需更多，可用 -DmaxRows=行数 调高上限", null));
                return;
            }
        }
        RowChoice indicatorChoice = found.indicatorRows();
        var guess = found.indicatorRowsGuess();
        // A reading for some projects: the indicator rows guessed from the focus while the projects are read.
        Guesses guesses = new Guesses();
        IndicatorsAhead ahead = indicatorSheet == null || guess == null ? null
                : IndicatorsAhead.start(stopped -> indicatorTable(file, indicatorSheet, limits, indicatorChoice, guess,
                        guesses, stopped), guesses);
        try {
            List<Finding> problems = new ArrayList<>();
            SheetTable projects = new SheetTable(file, projectSheet, limits);
            if (projects.readHeader(StandardWorkbook.PROJECT_FIELDS, Assembler.PROJECT_REQUIRED, problems)) {
                problems.forEach(found::problem);
                projects.rows(found::problem, found::project, found.projectRows());
            } else {
                problems.forEach(found::problem);
            }
            if (indicatorSheet != null) {
                Indicators indicators = null;
                // The guesses held against the choice as they come, while the indicator rows are still read;
                // one wrong, and the reading ahead is of no use: stopped, and the rows read here.
                if (ahead != null && guesses.allStand(indicatorChoice)) {
                    indicators = ahead.join();
                } else if (ahead != null) {
                    ahead.stop();
                }
                if (indicators == null) {
                    indicators = indicatorTable(file, indicatorSheet, limits, indicatorChoice, null, guesses, () -> false);
                }
                indicators.problems().forEach(found::problem);
                if (indicators.table() != null) {
                    indicators.table().rows(found::problem, found::indicatorNamingItsProject, indicatorChoice,
                            indicators.ahead());
                }
            }
        } finally {
            if (ahead != null) {
                ahead.stop();
            }
        }
    }

    /**
     * The indicator table with its header read and its problems, the table null where it cannot be
     * read; with a {@code guess}, its rows read ahead by it.
     */
    private static Indicators indicatorTable(String file, TableSheet sheet, ReadLimits limits, RowChoice choice,
            java.util.function.Predicate<FoundRecord> guess, Guesses guesses, java.util.function.BooleanSupplier cancelled) {
        List<Finding> problems = new ArrayList<>();
        SheetTable indicators = new SheetTable(file, sheet, limits);
        if (!indicators.readHeader(StandardWorkbook.INDICATOR_FIELDS, Assembler.INDICATOR_REQUIRED, problems)) {
            return new Indicators(null, problems, null);
        }
        if (!indicators.has(Field.NAME) && !indicators.has(Field.CODE)) {
            problems.add(Finding.error(Location.ofSheet(file, indicators.sheetName()), "缺少必填列「" + Field.NAME.label() + "」",
                    "请加上「" + Field.NAME.label() + "」列，写明每条指标属于哪个项目", null));
            return new Indicators(null, problems, null);
        }
        return new Indicators(indicators, problems, guess == null ? null : indicators.readAhead(choice, guess, guesses, cancelled));
    }

    /** The indicator table (null where it cannot be read), the problems of its header, and its rows read ahead (or null). */
    record Indicators(SheetTable table, List<Finding> problems, SheetTable.ReadAhead ahead) {
    }

    /** The names of the sheets whose names fold to {@code name}. */
    private static List<String> sheetNames(IntakeWorkbook wb, String name) {
        List<String> names = new ArrayList<>();
        for (TableSheet s : wb.sheets()) {
            if (CleanText.folded(s.name()).equals(name)) {
                names.add(s.name());
            }
        }
        return names;
    }

    /** A sheet by name, compared folded (full-width and spaces ignored). */
    static TableSheet sheet(IntakeWorkbook wb, String name) {
        for (TableSheet s : wb.sheets()) {
            if (CleanText.folded(s.name()).equals(name)) {
                return s;
            }
        }
        return null;
    }
}

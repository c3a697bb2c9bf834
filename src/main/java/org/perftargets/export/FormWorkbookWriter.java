package org.perftargets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.perftargets.model.Indicator;
import org.perftargets.model.Project;

/**
 * Writes one project's sheet as an Excel workbook laid out like the official form (the grid of
 * official-form.md): six columns, the same merged cells, every cell ruled, 宋体, wrapped text,
 * money as numbers formatted {@code #,##0.00}, dates as date cells, A4 portrait fitted to one
 * page wide, the indicator header row repeated on every printed page. The parts every form
 * shares are made once ({@link FormWorkbookTemplate}); this class says what goes in which cell.
 */
public final class FormWorkbookWriter {

    /** Rows of the fixed part, 0-based: where the form's blocks start. */
    static final int FIRST_ATTRIBUTE_ROW = 2;
    static final int MONEY_ROW = 5;
    static final int GOALS_ROW = 9;
    static final int INDICATOR_HEADER_ROW = 11;

    private static final int[] WIDTHS = FormGrid.WIDTHS;

    private FormWorkbookWriter() {
    }

    public static void write(Project p, OutputStream out) throws IOException {
        FormWorkbookTemplate st = FormWorkbookTemplate.shared();
        FormGrid g = new FormGrid(st);
        g.merged(0, 0, 0, 5, "财政项目支出绩效目标申报表", st.title);
        g.height(0, 28);
        g.merged(1, 1, 0, 5, "（" + (p.year() == null ? "" : p.year()) + "年度）", st.subtitle);

        int r = FIRST_ATTRIBUTE_ROW;
        g.label(r, 0, "项目名称");
        g.text(r, 1, p.name());
        g.label(r, 2, "项目性质");
        g.text(r, 3, p.nature());
        g.label(r, 4, "项目类别");
        g.text(r, 5, p.category());
        g.fit(r, p.name(), WIDTHS[1], p.nature(), WIDTHS[3], p.category(), WIDTHS[5]);
        r++;
        g.label(r, 0, "主管部门");
        g.text(r, 1, p.department());
        g.label(r, 2, "实施单位");
        g.merged(r, r, 3, 5, p.unit(), st.text);
        g.fit(r, p.department(), WIDTHS[1], p.unit(), WIDTHS[3] + WIDTHS[4] + WIDTHS[5]);
        r++;
        g.label(r, 0, "计划开始日期");
        g.date(r, 1, p.start());
        g.label(r, 2, "计划完成日期");
        g.date(r, 3, p.end());
        g.merge(r, r, 3, 5);

        r = MONEY_ROW;
        g.merged(r, r + 3, 0, 0, "项目资金（元）", st.label);
        String[] lifetimeLabels = {"项目资金总额", "其中：财政资金", "", "其他资金"};
        BigDecimal[] lifetime = {p.lifetime().total(), p.lifetime().fiscal(), null, p.lifetime().other()};
        String[] annualLabels = {"年度资金申请总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
        BigDecimal[] annual = {p.annual().total(), p.annual().appropriation(), p.annual().carryOver(), p.annual().other()};
        for (int i = 0; i < 4; i++) {
            g.label(r + i, 1, lifetimeLabels[i]);
            g.money(r + i, 2, lifetime[i]);
            g.label(r + i, 3, annualLabels[i]);
            g.money(r + i, 4, annual[i]);
            g.merge(r + i, r + i, 4, 5);
        }

        r = GOALS_ROW;
        g.merged(r, r + 1, 0, 0, "项目绩效目标", st.label);
        g.merged(r, r, 1, 2, "项目总目标", st.label);
        g.merged(r, r, 3, 5, "年度总体目标", st.label);
        g.merged(r + 1, r + 1, 1, 2, p.overallGoal(), st.goal);
        g.merged(r + 1, r + 1, 3, 5, p.annualGoal(), st.goal);
        g.fit(r + 1, p.overallGoal(), WIDTHS[1] + WIDTHS[2], p.annualGoal(), WIDTHS[3] + WIDTHS[4] + WIDTHS[5]);

        r = INDICATOR_HEADER_ROW;
        g.label(r, 1, "一级指标");
        g.label(r, 2, "二级指标");
        g.merged(r, r, 3, 4, "三级指标", st.label);
        g.label(r, 5, "年度(/项目)指标值");
        g.fit(r, "年度(/项目)指标值", WIDTHS[5]);
        List<Indicator> ind = p.indicators();
        int first = r + 1;
        for (int i = 0; i < ind.size(); i++) {
            Indicator x = ind.get(i);
            int row = first + i;
            g.text(row, 1, x.level1());
            g.text(row, 2, x.level2());
            g.merged(row, row, 3, 4, x.name(), st.text);
            g.text(row, 5, x.value().printed());
            g.fit(row, x.name(), WIDTHS[3] + WIDTHS[4], x.value().printed(), WIDTHS[5], x.level2(), WIDTHS[2]);
        }
        mergeGroups(g, ind, first);
        int last = Math.max(first + ind.size() - 1, r);
        g.merged(r, last, 0, 0, "绩效指标", st.label);
        st.write(g, out);
    }

    /** 一级 and 二级 cells span their groups, as on the printed form. */
    private static void mergeGroups(FormGrid g, List<Indicator> ind, int first) {
        int start1 = 0;
        int start2 = 0;
        for (int i = 1; i <= ind.size(); i++) {
            boolean end1 = i == ind.size() || !ind.get(i).level1().equals(ind.get(start1).level1());
            boolean end2 = end1 || !ind.get(i).level2().equals(ind.get(start2).level2());
            if (end2) {
                if (i - 1 > start2) {
                    g.merge(first + start2, first + i - 1, 2, 2);
                }
                start2 = i;
            }
            if (end1) {
                if (i - 1 > start1) {
                    g.merge(first + start1, first + i - 1, 1, 1);
                }
                start1 = i;
            }
        }
    }
}

package org.perftargets.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A valid standard intake workbook to start tests from: each project with one indicator under
 * each of 产出, 效益 and 满意度, so that it reads with no findings at all. Tests change single cells.
 */
public final class StandardSample {

    public static final List<String> PROJECT_HEADERS = List.of("年度", "主管部门", "实施单位", "项目编码", "项目名称", "项目性质",
            "项目类别", "计划开始日期", "计划完成日期", "项目资金总额", "项目财政资金", "项目其他资金", "年度资金申请总额", "当年财政拨款",
            "上年结转资金", "年度其他资金", "项目总目标", "年度总体目标");
    public static final List<String> INDICATOR_HEADERS = List.of("项目名称", "一级指标", "二级指标", "三级指标", "指标值");

    private StandardSample() {
    }

    public static List<Object> projectRow(String name) {
        return new ArrayList<>(Arrays.asList(2023, "上海市公安局", "上海市公安局", null, name, "经常性专项业务费", "特定目标类",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null, null, 12229200, 12229200, 0, 0, null,
                "年度目标"));
    }

    public static List<List<Object>> indicatorRows(String name) {
        return List.of(
                new ArrayList<>(Arrays.asList(name, "产出指标", "数量指标", "特保人员配置人数", "=58.00(人)")),
                new ArrayList<>(Arrays.asList(name, "效益指标", "社会效益指标", "有责投诉数", "=0.00(起)")),
                new ArrayList<>(Arrays.asList(name, "满意度指标", "服务对象满意度指标", "留置人员满意度", "≥80.00(%)")));
    }

    /** A workbook with these projects, each with its three indicators. */
    public static TestWorkbook of(TestWorkbook wb, String... names) {
        wb.row("项目", PROJECT_HEADERS.toArray());
        for (String n : names) {
            wb.row("项目", projectRow(n).toArray());
        }
        wb.row("绩效指标", INDICATOR_HEADERS.toArray());
        for (String n : names) {
            for (List<Object> r : indicatorRows(n)) {
                wb.row("绩效指标", r.toArray());
            }
        }
        return wb;
    }

    /** Column index of a project header. */
    public static int col(String header) {
        int i = PROJECT_HEADERS.indexOf(header);
        if (i < 0) {
            throw new IllegalArgumentException(header);
        }
        return i;
    }
}

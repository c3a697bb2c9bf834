package org.perftargets.intake;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.perftargets.model.CleanText;
import org.perftargets.model.Field;

/**
 * Turns a cell into a typed value the way finance staff type them. Each method returns the
 * value, or {@code null} and a problem (in Chinese) through {@link Problem}.
 */
final class CellReading {

    /** An amount: a comma is only a thousands separator (12,229,200.00); no exponent. */
    private static final Pattern NUMBER = Pattern.compile("^-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$");
    /** Amounts from 10^15 元 on are not a project's money but a typing or format error. */
    private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(15);
    /** 2023-01-01, 2023/1/1, 2023.1.1, 2023年1月1日. */
    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");
    /** A time of day after a date, after a space, a T or 日 (2023/1/1 10:00:00, 2023年1月1日 9:00): ignored. */
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "^(.*?)(?:\\s+|T|(?<=日))\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?$");
    /** The years a declaration can be for; a date or 年度 outside them is a typing error. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(年度?)?$");

    /** Where a reading went wrong: the message and how to fix it. */
    record Problem(String message, String advice) {
    }

    /** Receives a problem; the reader turns it into a located finding. */
    interface Problems {
        void report(Problem p);
    }

    private CellReading() {
    }

    /** A cell whose formula ended in an error such as #DIV/0!. */
    static Problem formulaError(CellValue c, String label) {
        if (c.isDamaged()) {
            return new Problem("「" + label + "」所在的单元格已损坏（文件中存的值不是有效的数字或文字），无法读取",
                    "请在 Excel 中重新填写这个单元格，另存为 .xlsx 后再放入输入文件夹");
        }
        return new Problem("「" + label + "」的公式出错（" + c.formulaError() + "）", "请修正公式或直接填写数值");
    }

    /** A formula stored without its result: never read as 0 or blank. */
    static Problem uncachedFormula(CellValue c, String label) {
        return new Problem("「" + label + "」是公式（=" + c.formula() + "），但工作簿中没有保存它的计算结果",
                "请在 Excel 或 WPS 中打开该工作簿并保存一次（保存时会算出结果），或直接填写数值");
    }

    static BigDecimal money(CellValue c, BigDecimal multiplier, String label, Problems problems) {
        if (c.formulaError() != null) {
            problems.report(formulaError(c, label));
            return null;
        }
        BigDecimal n = c.number();
        if (n == null) {
            String s = CleanText.folded(c.text()).replace("¥", "");
            if (s.endsWith("万元")) {
                s = s.substring(0, s.length() - 2);
                multiplier = BigDecimal.valueOf(10_000);
            } else if (s.endsWith("元")) {
                s = s.substring(0, s.length() - 1);
                multiplier = BigDecimal.ONE; // 12,229,200.00元 typed into a （万元） column is still 元
            }
            if (!NUMBER.matcher(s).matches()) {
                problems.report(new Problem("「" + label + "」不是金额：「" + c.text() + "」",
                        "请填写数字（单位：元），如 12229200.00 或 12,229,200.00"));
                return null;
            }
            n = new BigDecimal(s.replace(",", ""));
        }
        n = n.multiply(multiplier);
        if (n.abs().compareTo(TOO_LARGE) >= 0) {
            problems.report(new Problem("「" + label + "」的金额大得不合常理：" + c.text(),
                    "请核对金额（单位：元）；如果单元格显示为 1.2E+15 之类，请把单元格格式设为数值后重新填写"));
            return null;
        }
        if (n.signum() < 0) {
            problems.report(new Problem("「" + label + "」是负数：" + n.toPlainString(), "金额不能为负，请改正"));
            return null;
        }
        if (n.stripTrailingZeros().scale() > 2) {
            problems.report(new Problem("「" + label + "」有超过两位的小数：" + n.toPlainString(), "金额以元为单位，最多保留两位小数（到分）"));
            return null;
        }
        return n.setScale(2);
    }

    static LocalDate date(CellValue c, String label, Problems problems) {
        Problem unreadable = new Problem("「" + label + "」不是可识别的日期：「" + c.text() + "」",
                "请填写日期，如 2023-01-01、2023/1/1 或 2023年1月1日");
        LocalDate d = null;
        try {
            if (c.date() != null) {
                d = c.date();
            } else if (c.number() != null) {
                BigDecimal n = c.number();
                Matcher compact = COMPACT_DATE.matcher(n.toPlainString());
                if (compact.matches()) {
                    d = LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                            Integer.parseInt(compact.group(3)));
                } else if (n.compareTo(EXCEL_FIRST_DAY) >= 0 && n.compareTo(EXCEL_LAST_DAY) <= 0) {
                    // A day number as Excel counts them, only within the years a declaration can be for:
                    // a bare 2023 typed into a date cell is not 1905-07-15.
                    d = DateUtil.getLocalDateTime(n.doubleValue()).toLocalDate();
                }
            } else {
                String s = CleanText.trim(CleanText.nfkc(c.text()));
                Matcher time = TIME_OF_DAY.matcher(s);
                if (time.matches()) {
                    s = time.group(1);
                }
                s = CleanText.folded(s);
                Matcher m = DATE.matcher(s);
                if (!m.matches()) {
                    m = COMPACT_DATE.matcher(s);
                }
                if (m.matches()) {
                    d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
            }
        } catch (DateTimeException e) {
            d = null; // 2023-02-30 and the like
        }
        if (d == null) {
            problems.report(unreadable);
            return null;
        }
        if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
            problems.report(new Problem("「" + label + "」的年份不合常理：" + d,
                    "请填写 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 年之间的日期，如 2023-01-01"));
            return null;
        }
        return d;
    }

    /** Excel's day numbers of 2000-01-01 and 2099-12-31. */
    private static final BigDecimal EXCEL_FIRST_DAY = BigDecimal.valueOf(36_526);
    private static final BigDecimal EXCEL_LAST_DAY = BigDecimal.valueOf(73_050);

    static Integer year(CellValue c, Problems problems) {
        String s = c.number() != null ? c.number().toPlainString() : CleanText.folded(c.text());
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        }
        problems.report(new Problem("「" + Field.YEAR.label() + "」不是 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 年之间的四位数年份：「" + c.text() + "」",
                "请填写年份，如 2023"));
        return null;
    }
}

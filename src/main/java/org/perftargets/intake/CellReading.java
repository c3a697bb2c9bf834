package org.perftargets.intake;

import org.perftargets.model.Field;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a cell into a typed value the way finance staff type them. Each method returns the
 * value, or {@code null} and a problem (in Chinese) through {@link Problem}.
 */
final class CellReading {

    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    /** 2023-01-01, 2023/1/1, 2023.1.1, 2023年1月1日; a time of day after it (2023/01/01 0:00:00) is ignored. */
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:T?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$");
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
        return new Problem("「" + label + "」的公式出错（" + c.formulaError() + "）", "请修正公式或直接填写数值");
    }

    static BigDecimal money(CellValue c, BigDecimal multiplier, String label, Problems problems) {
        if (c.formulaError() != null) {
            problems.report(formulaError(c, label));
            return null;
        }
        BigDecimal n = c.number();
        if (n == null) {
            String s = CleanText.folded(c.text()).replace(",", "").replace("¥", "");
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
            n = new BigDecimal(s);
        }
        n = n.multiply(multiplier);
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
        if (c.date() != null) {
            return c.date();
        }
        Problem unreadable = new Problem("「" + label + "」不是可识别的日期：「" + c.text() + "」",
                "请填写日期，如 2023-01-01、2023/1/1 或 2023年1月1日");
        try {
            if (c.number() != null) {
                BigDecimal n = c.number();
                Matcher compact = COMPACT_DATE.matcher(n.toPlainString());
                if (compact.matches()) {
                    return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                            Integer.parseInt(compact.group(3)));
                }
                if (n.signum() > 0 && n.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) { // Excel's last date
                    return DateUtil.getLocalDateTime(n.doubleValue()).toLocalDate();
                }
                problems.report(unreadable);
                return null;
            }
            String s = CleanText.folded(c.text());
            Matcher m = DATE.matcher(s);
            if (!m.matches()) {
                m = COMPACT_DATE.matcher(s);
            }
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            // falls through to the problem below: 2023-02-30 and the like
        }
        problems.report(unreadable);
        return null;
    }

    static Integer year(CellValue c, Problems problems) {
        String s = c.number() != null ? c.number().toPlainString() : CleanText.folded(c.text());
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            return Integer.valueOf(m.group(1));
        }
        problems.report(new Problem("「" + Field.YEAR.label() + "」不是四位数的年份：「" + c.text() + "」", "请填写年份，如 2023"));
        return null;
    }
}

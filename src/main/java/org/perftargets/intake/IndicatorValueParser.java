package org.perftargets.intake;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.perftargets.model.CleanText;
import org.perftargets.model.Field;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Operator;

/**
 * Reads a target value as typed. A comparison in any of the notations seen in practice
 * ({@code ≥90.00(%)}, {@code ≥95.00 (%)}, {@code $\geq 90.00\%$}, {@code >=90%}, {@code ≥９０％},
 * {@code =58人}, {@code ≧80%}) becomes operator + number + unit; anything that does not start
 * with a comparison is qualitative text, kept exactly as written; blank is missing.
 * Comparisons written in words ({@code 大于等于90%}, {@code 不低于90%}) stay text on purpose:
 * such words also begin qualitative targets ({@code 不低于上年水平}), so turning them into a
 * symbol would be a guess; they print as the unit wrote them.
 */
public final class IndicatorValueParser {

    /** Operator, then a number: a sign, digits with or without thousands separators, decimals. */
    private static final Pattern COMPARISON = Pattern.compile(
            "^(>=|<=|==|[=≥≤<>])([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(.*)$");
    private static final Pattern BRACKETED_UNIT = Pattern.compile("^\\(([^()]*)\\)$");
    /** A unit as typed: anything but brackets, ASCII digits and comparisons (㎡, m², ‰, 万元/年 are units). */
    private static final Pattern PLAIN_UNIT = Pattern.compile("^[^()0-9=≥≤<>,]*$");

    /** A value, or why a value that starts as a comparison could not be read. */
    public record Result(IndicatorValue value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private IndicatorValueParser() {
    }

    public static Result parse(String typed) {
        String written = CleanText.trim(typed);
        if (written.isEmpty()) {
            return new Result(IndicatorValue.MISSING, null);
        }
        String s = unLatex(plain(written));
        Optional<Operator> start = leadingOperator(s);
        if (start.isEmpty()) {
            return new Result(new IndicatorValue.Text(written), null);
        }
        Matcher m = COMPARISON.matcher(s);
        if (!m.matches()) {
            return new Result(null, Field.VALUE.label() + "「" + written + "」以比较符开头，但后面不是可识别的数字");
        }
        String rest = m.group(3);
        String unit;
        Matcher bracketed = BRACKETED_UNIT.matcher(rest);
        if (bracketed.matches()) {
            unit = bracketed.group(1);
        } else if (PLAIN_UNIT.matcher(rest).matches()) {
            unit = rest;
        } else {
            return new Result(null, Field.VALUE.label() + "「" + written + "」的单位无法识别");
        }
        BigDecimal number = new BigDecimal(m.group(2).replace(",", ""));
        return new Result(new IndicatorValue.Comparison(operator(m.group(1)), number, unit), null);
    }

    /**
     * Full-width letters, digits and signs as their plain forms ({@code ≥９０％} → {@code ≥90%}), every
     * space removed; other characters as typed, so that units such as ㎡, m², ‰ and ℃ stay themselves
     * (a full Unicode folding would turn ㎡ into m2, a number).
     */
    static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CleanText.isSpace(c)) {
                // A space between two digits (≥90 95%) is not removed: joined they would be another number.
                if (b.length() > 0 && isDigit(b.charAt(b.length() - 1)) && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
                    b.append(' ');
                }
                continue;
            }
            b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    /** Undoes the LaTeX that OCR and some editors produce: {@code $\geq 90.00\%$}. */
    private static String unLatex(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s.replace('≧', '≥').replace('≦', '≤').replace('⩾', '≥').replace('⩽', '≤');
        }
        return s.replace("$", "").replace("\\geqslant", "≥").replace("\\leqslant", "≤")
                .replace("\\left", "").replace("\\right", "")
                .replace("\\geq", "≥").replace("\\leq", "≤").replace("\\ge", "≥").replace("\\le", "≤")
                .replace("\\gt", ">").replace("\\lt", "<").replace("\\%", "%").replace("\\mathrm", "").replace("\\text", "").replace("{", "")
                .replace("}", "").replace('≧', '≥').replace('≦', '≤').replace('⩾', '≥').replace('⩽', '≤');
    }

    private static Optional<Operator> leadingOperator(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        char c = s.charAt(0);
        return switch (c) {
            case '=' -> Optional.of(Operator.EQ);
            case '≥' -> Optional.of(Operator.GE);
            case '≤' -> Optional.of(Operator.LE);
            case '>' -> Optional.of(s.startsWith(">=") ? Operator.GE : Operator.GT);
            case '<' -> Optional.of(s.startsWith("<=") ? Operator.LE : Operator.LT);
            default -> Optional.empty();
        };
    }

    private static Operator operator(String symbol) {
        return switch (symbol) {
            case "=", "==" -> Operator.EQ;
            case "≥", ">=" -> Operator.GE;
            case "≤", "<=" -> Operator.LE;
            case ">" -> Operator.GT;
            default -> Operator.LT;
        };
    }
}

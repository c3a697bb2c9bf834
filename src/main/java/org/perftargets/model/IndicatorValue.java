package org.perftargets.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A target value (年度(/项目)指标值): a comparison such as {@code ≥90.00(%)}, a qualitative text
 * such as {@code 及时}, or missing (not yet set; never guessed).
 */
public sealed interface IndicatorValue {

    /** The value as the official form prints it; empty when missing. */
    String printed();

    /** {@code ≥90.00(%)}: operator, number, unit (unit may be empty). */
    record Comparison(Operator operator, BigDecimal number, String unit) implements IndicatorValue {
        @Override
        public String printed() {
            return operator.symbol() + numberText() + (unit.isEmpty() ? "" : "(" + unit + ")");
        }

        /** The number as printed: at least two decimals ({@code 58.00}), more only where typed ({@code 0.125}). */
        public String numberText() {
            return number.setScale(Math.max(2, number.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                    .toPlainString();
        }

        public boolean isPercent() {
            return "%".equals(unit);
        }
    }

    /** Free text, printed exactly as written (trimmed). */
    record Text(String text) implements IndicatorValue {
        @Override
        public String printed() {
            return text;
        }
    }

    /**
     * What was typed where a value could not be read (an error finding says why): never published,
     * since its project is held back, and not reported again as missing.
     */
    record Unreadable(String typed) implements IndicatorValue {
        @Override
        public String printed() {
            return typed;
        }
    }

    /** Not yet set. */
    record Missing() implements IndicatorValue {
        @Override
        public String printed() {
            return "";
        }
    }

    Missing MISSING = new Missing();
}

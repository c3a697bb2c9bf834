package org.perftargets.model;

import java.math.BigDecimal;

/**
 * This year's money in 元: 年度资金申请总额 and its parts 当年财政拨款, 上年结转资金, 其他资金.
 * A part that could not be read is {@code null} (and there is an error finding for it).
 */
public record AnnualFunds(BigDecimal total, BigDecimal appropriation, BigDecimal carryOver, BigDecimal other) {
}

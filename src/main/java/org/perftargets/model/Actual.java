package org.perftargets.model;

import java.math.BigDecimal;

/**
 * An indicator's year-end columns as typed: 实际完成值 (text as shown, a percentage-formatted 0.96
 * as {@code 96%}; empty when blank), 分值 and 得分 ({@code null} when blank or unreadable) and
 * 偏差原因分析及改进措施 (empty when blank).
 */
public record Actual(String typed, BigDecimal weight, BigDecimal score, String deviation) {
}

package org.perftargets.model;

import java.math.BigDecimal;

/**
 * A project's year-end figures for its self-evaluation (项目支出绩效自评表), as typed on sheet 项目:
 * amounts in 元 ({@code null} where blank or unreadable), 实际完成情况 as text (empty when blank).
 * 年初预算数 left blank is the declared 年度资金申请总额 (the intake fills it in; never otherwise guessed).
 */
public record YearEnd(BigDecimal initialBudget, BigDecimal budget, BigDecimal spent, String achieved,
        BigDecimal appropriationBudget, BigDecimal appropriationSpent, BigDecimal carryOverBudget,
        BigDecimal carryOverSpent, BigDecimal otherBudget, BigDecimal otherSpent) {

    public Object get(Field field) {
        return switch (field) {
            case INITIAL_BUDGET -> initialBudget;
            case FULL_BUDGET -> budget;
            case SPENT -> spent;
            case ACHIEVED -> achieved;
            case APPROPRIATION_BUDGET -> appropriationBudget;
            case APPROPRIATION_SPENT -> appropriationSpent;
            case CARRY_OVER_BUDGET -> carryOverBudget;
            case CARRY_OVER_SPENT -> carryOverSpent;
            case OTHER_BUDGET -> otherBudget;
            case OTHER_SPENT -> otherSpent;
            default -> throw new IllegalArgumentException("「" + field.label() + "」不是自评的项目字段");
        };
    }
}

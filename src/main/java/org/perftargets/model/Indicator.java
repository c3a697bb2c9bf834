package org.perftargets.model;

/** One row of the indicator table: 一级, 二级, 三级 (the indicator's name) and its target value. */
public record Indicator(String level1, String level2, String name, IndicatorValue value, Origin origin) {
}

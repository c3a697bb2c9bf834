package org.perftargets.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Ministry of Finance's indicator framework (财预〔2020〕10号, 财预〔2021〕101号): which 二级指标
 * stand under which 一级指标. Includes 运行效益指标 under 效益指标, seen in real declarations,
 * and 成本指标 as a 一级 of its own, as the 2021 guide allows.
 */
public final class IndicatorTaxonomy {

    public static final String OUTPUT = "产出指标";
    public static final String BENEFIT = "效益指标";
    public static final String SATISFACTION = "满意度指标";
    public static final String COST = "成本指标";

    private static final Map<String, List<String>> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put(OUTPUT, List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        LEVELS.put(BENEFIT, List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "运行效益指标"));
        LEVELS.put(SATISFACTION, List.of("服务对象满意度指标"));
        LEVELS.put(COST, List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));
    }

    private IndicatorTaxonomy() {
    }

    public static List<String> level1Names() {
        return List.copyOf(LEVELS.keySet());
    }

    public static List<String> level2Names(String level1) {
        return LEVELS.getOrDefault(level1, List.of());
    }

    /** Every 二级 name once, in framework order. */
    public static List<String> allLevel2Names() {
        return LEVELS.values().stream().flatMap(List::stream).distinct().toList();
    }

    public static boolean isLevel1(String name) {
        return LEVELS.containsKey(name);
    }

    /** The 一级 a 二级 belongs under (the first, for 成本指标 which is both). */
    public static Optional<String> parentOf(String level2) {
        return LEVELS.entrySet().stream().filter(e -> e.getValue().contains(level2)).map(Map.Entry::getKey).findFirst();
    }
}

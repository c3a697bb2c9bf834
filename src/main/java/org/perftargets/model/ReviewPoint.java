package org.perftargets.model;

/**
 * What a review finding (审核意见) is about: one of the review rules, with the words the office's
 * sheet and page print for it (审核要点). The order is the rules' order on the sheet and the page.
 */
public enum ReviewPoint {
    QUANTIFIED("量化程度", "可量化的指标不足"),
    VAGUE("指标值可衡量", "指标值用语模糊"),
    COMPLETENESS("指标完整性", "缺少应有的二级指标"),
    SATISFACTION("满意度目标", "满意度目标不合理"),
    DUPLICATE("指标重复", "三级指标名称重复"),
    MISFILED("指标归类", "指标归类不当"),
    GOAL("目标与指标一致", "总体目标与指标不一致"),
    COST("成本与资金", "成本指标超过申请资金"),
    YEAR_OVER_YEAR("与上年比较", "与上年申报相比有变化");

    private final String label;
    private final String summary;

    ReviewPoint(String label, String summary) {
        this.label = label;
        this.summary = summary;
    }

    /** 审核要点, as the sheet's column prints it: 量化程度. */
    public String label() {
        return label;
    }

    /** What the findings of this point have in common, for the totals: 可量化的指标不足. */
    public String summary() {
        return summary;
    }
}

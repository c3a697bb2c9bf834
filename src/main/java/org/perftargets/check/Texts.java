package org.perftargets.check;

import java.math.BigDecimal;

import org.perftargets.model.Indicator;
import org.perftargets.model.Yuan;

/** How review findings write numbers and name indicators. */
final class Texts {

    private Texts() {
    }

    /** 42.9%, 50% */
    static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString() + "%";
    }

    static String money(BigDecimal b) {
        return Yuan.format(b) + " 元";
    }

    /** 「有责投诉数」（效益指标 / 社会效益指标） */
    static String indicator(Indicator i) {
        return "「" + i.name() + "」（" + i.level1() + " / " + i.level2() + "）";
    }
}

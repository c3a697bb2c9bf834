package org.perftargets.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.perftargets.model.Finding;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Project;
import org.perftargets.model.Yuan;

/** The totals add up: 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 年度其他资金; 项目资金总额 = 财政 + 其他. */
final class FundsCheck implements Rule {

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        for (Project p : declarations.projects()) {
            AnnualFunds a = p.annual();
            if (a.total() != null && a.appropriation() != null && a.carryOver() != null && a.other() != null) {
                BigDecimal sum = a.appropriation().add(a.carryOver()).add(a.other());
                if (sum.compareTo(a.total()) != 0) {
                    findings.add(Finding.error(p.origin().at(Field.ANNUAL_TOTAL),
                            Field.ANNUAL_TOTAL.label() + " " + money(a.total()) + " 不等于 " + sum(Field.APPROPRIATION, Field.CARRY_OVER, Field.ANNUAL_OTHER) + " = "
                                    + money(sum) + "（相差 " + money(a.total().subtract(sum)) + "）",
                            "请核对这四个金额", p.key()));
                }
            }
            LifetimeFunds l = p.lifetime();
            if (l.total() != null && (l.fiscal() != null || l.other() != null)) {
                BigDecimal sum = Stream.of(l.fiscal(), l.other()).filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(l.total()) != 0) {
                    findings.add(Finding.error(p.origin().at(Field.LIFETIME_TOTAL),
                            Field.LIFETIME_TOTAL.label() + " " + money(l.total()) + " 不等于 " + sum(Field.LIFETIME_FISCAL, Field.LIFETIME_OTHER) + " = " + money(sum),
                            "请核对这三个金额；不填的部分按 0 计", p.key()));
                }
            }
        }
    }

    /** 当年财政拨款 + 上年结转资金 + 年度其他资金 */
    private static String sum(Field... parts) {
        return String.join(" + ", Stream.of(parts).map(Field::label).toList());
    }

    static String money(BigDecimal b) {
        return Yuan.format(b);
    }
}

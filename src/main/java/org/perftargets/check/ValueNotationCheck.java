package org.perftargets.check;

import java.util.List;
import java.util.regex.Pattern;

import org.perftargets.model.Declarations;
import org.perftargets.model.Field;
import org.perftargets.model.Finding;
import org.perftargets.model.Indicator;
import org.perftargets.model.IndicatorValue;
import org.perftargets.model.Project;

/**
 * Warnings for targets printed as typed but not written as the form expects: a bare number
 * ({@code 58}, or 0.95 shown as {@code 95%}) where a comparison and a unit belong, and a
 * comparison without its unit ({@code =58}, typed in Excel as a formula).
 */
final class ValueNotationCheck implements Rule {

    private static final Pattern BARE_NUMBER = Pattern.compile("^[+-]?\\p{Nd}+([.．]\\p{Nd}+)?[%％]?$");

    @Override
    public void check(Declarations declarations, List<Finding> findings) {
        String value = Field.VALUE.label();
        for (Project p : declarations.projects()) {
            for (Indicator i : p.indicators()) {
                if (i.value() instanceof IndicatorValue.Text t && BARE_NUMBER.matcher(t.text().strip()).matches()) {
                    findings.add(Finding.warning(i.origin().at(Field.VALUE),
                            "指标「" + i.name() + "」的" + value + "「" + t.text() + "」只有数字，没有比较符和单位",
                            "定量指标请写成 比较符+数字+单位，如 =58.00(人)、≥90.00(%)", p.key()));
                } else if (i.value() instanceof IndicatorValue.Comparison c && c.unit().isEmpty()) {
                    findings.add(Finding.warning(i.origin().at(Field.VALUE),
                            "指标「" + i.name() + "」的" + value + "「" + c.printed() + "」没有计量单位",
                            "请在数字后写上单位，如 =58.00(人)、≥90.00(%)", p.key()));
                }
            }
        }
    }
}

package org.perftargets.model;

import java.math.BigDecimal;
import java.util.Locale;

/** Amounts in 元 as the official form writes them: thousands separators and two decimals, 12,229,200.00. */
public final class Yuan {

    private Yuan() {
    }

    /** The amount as printed; empty when the amount is blank ({@code null}). */
    public static String format(BigDecimal amount) {
        // %,.2f on a BigDecimal rounds exactly (HALF_UP); Locale.ROOT gives ',' and '.' everywhere.
        return amount == null ? "" : String.format(Locale.ROOT, "%,.2f", amount);
    }
}

package org.perftargets.model;

import java.math.BigDecimal;

/** The project's whole-life money in 元; each part is {@code null} when left blank. */
public record LifetimeFunds(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    public static final LifetimeFunds BLANK = new LifetimeFunds(null, null, null);
}

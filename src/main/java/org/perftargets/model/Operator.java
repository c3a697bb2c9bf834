package org.perftargets.model;

/** The comparison of a quantitative indicator value, with the symbol the official form prints. */
public enum Operator {
    EQ("="), GE("≥"), LE("≤"), GT(">"), LT("<");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}

package org.perftargets.model;

/** An error keeps a project (and its booklet) from being published; a warning is reported only. */
public enum Severity {
    ERROR("错误"), WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

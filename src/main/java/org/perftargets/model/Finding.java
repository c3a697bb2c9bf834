package org.perftargets.model;


/**
 * One problem found in the input: how bad, where, what, and how to fix it (all in Chinese).
 * {@code project} names the project it belongs to, or is {@code null} when it concerns a whole
 * file or sheet. {@code withholdsFile}: an error whose project is unknown though it must be one of
 * its file's (an indicator row naming no project listed): every project of that file is withheld,
 * as any of their sheets could be short of it.
 */
public record Finding(Severity severity, Location location, String message, String advice, ProjectKey project,
        boolean withholdsFile) {

    public Finding(Severity severity, Location location, String message, String advice, ProjectKey project) {
        this(severity, location, message, advice, project, false);
    }

    /** An error of some project of the file, not known which: {@link #withholdsFile}. */
    public static Finding ofSomeProjectOfItsFile(Location where, String message, String advice) {
        return new Finding(Severity.ERROR, where, message, advice, null, true);
    }

    public static Finding error(Location where, String message, String advice, ProjectKey project) {
        return new Finding(Severity.ERROR, where, message, advice, project);
    }

    public static Finding warning(Location where, String message, String advice, ProjectKey project) {
        return new Finding(Severity.WARNING, where, message, advice, project);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for the console and the report: {@code 错误：a.xlsx，工作表「项目」，单元格 M5：…。…} */
    public String describe() {
        String where = location == null ? "" : location.describe();
        return severity.label() + "：" + where + (where.isEmpty() ? "" : "：") + message
                + (advice == null || advice.isEmpty() ? "" : "。" + advice);
    }
}

package org.perftargets.render;

/**
 * A template could not be read, parsed or run, or produced XHTML that does not parse. The message
 * is for the user: Chinese, naming the template and line, e.g. {@code 模板 form.ftlh 第 12 行出错：…}.
 */
public class TemplateError extends RuntimeException {

    public TemplateError(String message, Throwable cause) {
        super(message, cause);
    }

    /** The user sees the message only; the cause is kept for debugging. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

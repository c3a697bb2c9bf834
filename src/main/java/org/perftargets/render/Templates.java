package org.perftargets.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * The FreeMarker templates and CSS of the sheet and the booklet: from a directory the user can edit
 * (no rebuild needed), or the identical defaults packaged in the jar under {@code templates/}.
 * Holds one FreeMarker configuration, which is thread-safe once built.
 */
public final class Templates {

    private final Configuration config;
    private final String origin;

    private Templates(TemplateLoader loader, String origin) {
        this.origin = origin;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(loader);
        c.setDefaultEncoding("UTF-8");
        // Every template writes XHTML for Flying Saucer, so data is escaped whatever the file is named.
        c.setRecognizeStandardFileExtensions(false);
        c.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        c.setLocale(Locale.SIMPLIFIED_CHINESE);
        // Numbers in markup (rowspan, page numbers) must not get thousands separators.
        c.setNumberFormat("computer");
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        // Read each template once per run: every form of a run is laid out with the same templates.
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        try {
            c.setSharedVariable("indicatorPart", FormView.PART_ROWS);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        this.config = c;
    }

    /** The templates in {@code dir} if it is a directory, else the bundled ones. */
    public static Templates from(Path dir) {
        if (dir != null && Files.isDirectory(dir)) {
            try {
                return new Templates(new FileTemplateLoader(dir.toFile()), dir.toString());
            } catch (IOException e) {
                throw new TemplateError("模板目录 " + dir + " 无法读取：" + e.getMessage(), e);
            }
        }
        return bundled();
    }

    /** The files of our template set; a folder with none of them is not a template folder of ours. */
    public static final java.util.List<String> NAMES = java.util.List.of("form.ftlh", "form.css", "sheet.ftlh",
            "booklet.ftlh", "booklet.css", "page.ftlh", "self-booklet.ftlh");

    /**
     * Whether {@code dir} is a folder holding our templates (at least one of {@link #NAMES}); a
     * folder of the same name that holds something else is passed over for the bundled templates.
     */
    public static boolean holdsOurs(Path dir) {
        return dir != null && Files.isDirectory(dir) && NAMES.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)));
    }

    /** The default templates packaged in the jar. */
    public static Templates bundled() {
        return new Templates(new ClassTemplateLoader(Templates.class.getClassLoader(), "templates"), "内置模板");
    }

    /** Where the templates come from: the directory, or 内置模板. */
    public String origin() {
        return origin;
    }

    /** Runs template {@code name} on {@code model}; any problem becomes a {@link TemplateError}. */
    String render(String name, Object model) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            Template t = config.getTemplate(name);
            t.process(model, out);
        } catch (TemplateNotFoundException e) {
            throw new TemplateError("模板 " + name + " 未找到（" + origin + "）", e);
        } catch (ParseException e) {
            throw new TemplateError(at(e.getTemplateName(), e.getLineNumber()) + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            // An #import or #include of a broken template: name the broken one, not the line importing it.
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof ParseException pe) {
                    throw new TemplateError(at(pe.getTemplateName(), pe.getLineNumber()) + firstLine(pe.getEditorMessage()), e);
                }
            }
            String where = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            throw new TemplateError(at(where, e.getLineNumber()) + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new TemplateError("模板 " + name + " 读取失败：" + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Whether template {@code name}'s own text contains {@code text}: how a feature of the templates
     * tells a folder of templates copied before it (which then go on working as they did).
     */
    boolean mentions(String name, String text) {
        try {
            return config.getTemplate(name).toString().contains(text);
        } catch (IOException e) {
            return false; // rendering it reports the problem with its place
        }
    }

    static String at(String template, Integer line) {
        return "模板 " + template + (line == null ? "" : " 第 " + line + " 行") + "出错：";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}

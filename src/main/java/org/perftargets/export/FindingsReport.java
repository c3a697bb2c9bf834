package org.perftargets.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.model.Finding;

/** 校验报告.txt: every finding, grouped by the file it concerns, errors before warnings. */
public final class FindingsReport {

    private FindingsReport() {
    }

    public static void write(String title, List<Finding> findings, OutputStream out) throws IOException {
        write(title, findings, List.of(), out);
    }

    /** With the names changed for files and folders ({@code notes}), in a section of their own after the findings. */
    public static void write(String title, List<Finding> findings, List<String> notes, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF'); // lets Notepad on older Windows recognise UTF-8
        long errors = findings.stream().filter(Finding::isError).count();
        w.print(title + "\r\n");
        w.print("错误 " + errors + " 条，警告 " + (findings.size() - errors) + " 条。\r\n");
        if (findings.isEmpty()) {
            w.print("\r\n未发现问题。\r\n");
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            String file = f.location() == null || f.location().file() == null ? "（未指明文件）" : f.location().file();
            byFile.computeIfAbsent(file, k -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            w.print("\r\n【" + e.getKey() + "】\r\n");
            e.getValue().stream().filter(Finding::isError).forEach(f -> w.print("  " + f.describe() + "\r\n"));
            e.getValue().stream().filter(f -> !f.isError()).forEach(f -> w.print("  " + f.describe() + "\r\n"));
        }
        if (!notes.isEmpty()) {
            w.print("\r\n【文件名调整】\r\n");
            notes.forEach(n -> w.print("  " + n + "\r\n"));
        }
        w.flush();
    }
}

package org.perftargets.intake;

import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/**
 * POI's defences against hostile files, and what to tell the user when a file is refused.
 * The zip-bomb guard (minimum inflate ratio) is POI's default and stays on; the largest entry
 * is bounded by the file-size limit so a small file can't unpack into gigabytes. XML parts are
 * parsed by POI with DTDs and external entities disabled.
 */
final class WorkbookGuards {

    private WorkbookGuards() {
    }

    /** Set just before POI opens a workbook: loading POI's zip classes took 40 ms of every reading that needs none. */
    static void apply(ReadLimits limits) {
        apply(maxEntrySize(limits));
    }

    static void apply(long maxEntrySize) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(maxEntrySize);
    }

    /**
     * The most one part of a workbook may inflate to: ten times the file-size limit (500 MB by
     * default). A streamed sheet costs time, not memory, per byte; 20,000 projects written with
     * inline strings (as this tool writes its workbooks) inflate to 172 MB, near the 4 times used before.
     */
    static long maxEntrySize(ReadLimits limits) {
        return Math.max(10L * 1024 * 1024, Math.min(10L * limits.maxFileBytes(), 0xFFFFFFFFL - 1));
    }

    /** A file POI could not open: a renamed text file, a truncated or damaged file, a zip bomb. */
    static Finding describe(String file, Exception e, ReadLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RowsOutOfOrder r) {
                String which = r.row == r.after ? "第 " + r.row + " 行出现了两次" : "第 " + r.row + " 行出现在第 " + r.after + " 行之后";
                return Finding.error(Location.ofSheet(file, r.sheet), "工作表的行号重复或顺序错乱（" + which
                        + "），文件可能已被其他软件改坏，没有读取",
                        "请在 Excel 中打开该文件（Excel 会按行号整理各行），核对后另存为 .xlsx，再放入输入文件夹", null);
            }
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("strict ooxml")) {
            // Not damaged: Excel's "Strict Open XML" save format, which POI does not read.
            return Finding.error(Location.ofFile(file), "工作簿是「严格 Open XML」格式（Strict Open XML 电子表格），本程序不能读取",
                    "请在 Excel 中打开，用「另存为」选择「Excel 工作簿 (*.xlsx)」保存后再放入输入文件夹", null);
        }
        if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxentrysize")
                || m.contains("exceed") && m.contains("size")) {
            return Finding.error(Location.ofFile(file), "文件解压后异常庞大（疑似压缩炸弹），已拒绝读取",
                    "请向报送单位索取正常保存的工作簿", null);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DamagedSheet d) {
                String near = d.nearRow > 0 ? "（约在第 " + d.nearRow + " 行）" : "";
                return Finding.error(Location.ofSheet(file, d.sheet), "工作表的内容已损坏" + near + "，整个工作簿没有读取",
                        "请在 Excel 中打开该文件，核对这个工作表（损坏处之后的内容可能已丢失）后另存为 .xlsx，再放入输入文件夹；"
                                + "若 Excel 也打不开，请向报送单位索取原文件", null);
            }
        }
        return Finding.error(Location.ofFile(file), "无法读取：不是有效的 Excel 工作簿，或文件已损坏",
                "请在 Excel 中打开该文件，确认能正常显示后另存为 .xlsx，再放入输入文件夹", null);
    }

    /**
     * Whether an exception arose inside POI or its XML layer (damaged content), not in our code:
     * some frame above our first own frame belongs to them.
     */
    static boolean raisedByPoi(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("org.perftargets.")) {
                return false;
            }
            if (c.startsWith("org.apache.poi.") || c.startsWith("org.apache.xmlbeans.") || c.startsWith("org.openxmlformats.")) {
                return true;
            }
        }
        return false;
    }
}

package org.perftargets.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.perftargets.model.Finding;
import org.perftargets.model.Location;

/**
 * Looks into an .xlsx before POI builds it in memory: each worksheet part is inflated as a stream
 * and its rows counted, so a workbook of a million rows, or a part that inflates beyond the
 * guard, is refused in seconds and in a few kilobytes of heap, whichever layout it would be read
 * in. Anything it cannot make sense of is left to POI, which says what is wrong.
 */
final class WorkbookPrescan {

    private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");

    private WorkbookPrescan() {
    }

    /** A finding that refuses the workbook, or {@code null} when POI may read it. */
    static Finding check(Path path, String file, ReadLimits limits, long maxInflated) {
        if (!isZip(path)) {
            return null;
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!WORKSHEET.matcher(e.getName()).matches()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    long rows = countRows(in, limits.maxRows() + 1L, maxInflated);
                    if (rows < 0) {
                        return Finding.error(Location.ofFile(file), "文件解压后异常庞大（疑似压缩炸弹），已拒绝读取",
                                "请向报送单位索取正常保存的工作簿", null);
                    }
                    if (rows > limits.maxRows()) {
                        return Finding.error(Location.ofFile(file), "有工作表行数过多（超过上限 " + limits.maxRows() + " 行）",
                                "请删除多余的行；如确需更多，可用 -DmaxRows=行数 调高上限", null);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // damaged: POI reads it and says so
        }
        return null;
    }

    static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The {@code <row} elements in the stream, stopping at {@code enough}; -1 when the part
     * inflates beyond {@code maxInflated} bytes.
     */
    static long countRows(InputStream in, long enough, long maxInflated) throws IOException {
        byte[] buf = new byte[1 << 16];
        long rows = 0;
        long total = 0;
        int state = 0; // characters of "<row" matched so far
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxInflated) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (state == 4) {
                    if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
                        if (++rows >= enough) {
                            return rows;
                        }
                    }
                    state = 0;
                }
                if (b == '<') {
                    state = 1;
                } else if (state == 1 && b == 'r' || state == 2 && b == 'o' || state == 3 && b == 'w') {
                    state++;
                } else {
                    state = 0;
                }
            }
        }
        return rows;
    }
}

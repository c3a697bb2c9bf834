package org.perftargets.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip package (an .xlsx POI made) with every entry dated 2026-01-01 00:00, the build's
 * timestamp, written as the local date the zip format holds: the same bytes in any time zone and
 * on any day, whatever time the library put there.
 */
final class ReproducibleZip {

    static final LocalDateTime FIXED = LocalDateTime.of(2026, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    static void rewrite(byte[] zipBytes, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // Read through the central directory: POI's entries carry their sizes only after the data.
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zipBytes)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED);
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }
}

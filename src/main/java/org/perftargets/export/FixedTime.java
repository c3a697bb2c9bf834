package org.perftargets.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The one time every workbook this program writes carries, instead of the clock: 2026-01-01
 * 00:00 (the build's timestamp), so the same input gives the same bytes on any day and in any
 * time zone. Zip entries take it as a wall-clock time (a {@code setTime(long)} would store the
 * local time of the machine's zone).
 */
final class FixedTime {

    /** For the document's creation date (docProps/core.xml), in UTC. */
    static final Date CREATED = new Date(1767225600000L);

    private static final LocalDateTime LOCAL = LocalDateTime.of(2026, 1, 1, 0, 0);

    private FixedTime() {
    }

    /** A zip entry of this name, stamped with the fixed time. */
    static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(LOCAL);
        return e;
    }

    /**
     * The package again, every entry at the fixed time. Read with commons-compress (which POI
     * itself uses): the streaming writer's entries carry their sizes after the data, which
     * {@code java.util.zip.ZipInputStream} does not accept for every entry.
     */
    static void restamp(byte[] xlsx, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                zip.putNextEntry(entry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }
}

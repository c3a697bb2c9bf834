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
        try (ZipOutputStream zip = zipOnto(out);
                ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                zip.putNextEntry(entry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /**
     * A zip written onto {@code out}, which its closing leaves open. Closed, not only finished: its
     * deflater's native memory is then freed at once; finished, 20,000 form workbooks left theirs to
     * the collector and the process went above 1 GB.
     */
    static ZipOutputStream zipOnto(OutputStream out) {
        return new ZipOutputStream(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, StandardCharsets.UTF_8);
    }
}

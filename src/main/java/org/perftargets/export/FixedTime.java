package org.perftargets.export;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.zip.ZipEntry;

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
}

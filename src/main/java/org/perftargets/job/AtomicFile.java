package org.perftargets.job;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file under a temporary name beside it and moves it into place only when complete, so
 * a run that fails or is killed leaves the previous file as it was and no half-written file
 * under a final name.
 */
public final class AtomicFile {

    /** Temporary files end with this; a later run removes those a killed run left behind. */
    public static final String PART_SUFFIX = ".part";

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        try (Pending file = open(target)) {
            content.writeTo(file.out());
            file.commit();
        }
    }

    /** Opens the temporary file for a target; the caller writes, then commits or closes to drop it. */
    public static Pending open(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the final file.
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + PART_SUFFIX);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16);
        return new Pending(target, temp, out);
    }

    /**
     * A file being written under its temporary name, for content made over a longer stretch than
     * one call (a booklet whose pages come with the sheets). {@link #commit()} moves it into place;
     * {@link #close()} without a commit deletes it.
     */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final OutputStream out;
        private boolean closed;

        private Pending(Path target, Path temp, OutputStream out) {
            this.target = target;
            this.temp = temp;
            this.out = out;
        }

        public OutputStream out() {
            return out;
        }

        /** Finishes the file and moves it to its final name, replacing what was there. */
        public void commit() throws IOException {
            closeStream();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Deletes the temporary file if it was not committed. */
        @Override
        public void close() throws IOException {
            try {
                closeStream();
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        private void closeStream() throws IOException {
            if (!closed) {
                closed = true;
                out.close();
            }
        }
    }
}

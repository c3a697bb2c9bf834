package org.perftargets.job;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
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

    /**
     * The exact name of our temporary files: a dot, the final name, a dot, 13 base-36 digits and
     * {@value #PART_SUFFIX}. Only files of this pattern are ever removed as leftovers, so a user's
     * {@code ubuntu.iso.part} or {@code 论文.part} is never touched.
     */
    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\.[0-9a-z]{13}\\.part");

    /** Whether {@code fileName} is one of our temporary files (as {@link #open} names them). */
    public static boolean isTemporary(String fileName) {
        return TEMPORARY.matcher(fileName).matches();
    }

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
        try {
            return create(target);
        } catch (IOException e) {
            throw new MachineFailure.WriteFailed(target, e);
        }
    }

    private static Pending create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the final file.
        String random = Long.toUnsignedString(RANDOM.nextLong(), 36);
        Path temp = dir.resolve("." + target.getFileName() + "." + "0".repeat(13 - random.length()) + random
                + PART_SUFFIX);
        // A failure of the disk (full, gone) is raised naming the file, whatever library it passes through.
        OutputStream file = new FilterOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new MachineFailure.WriteFailed(target, e);
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new MachineFailure.WriteFailed(target, e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new MachineFailure.WriteFailed(target, e);
                }
            }
        };
        OutputStream out = new BufferedOutputStream(file, 1 << 16);
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
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new MachineFailure.WriteFailed(target, e);
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

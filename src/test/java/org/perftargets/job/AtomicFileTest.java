package org.perftargets.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContentUnderTheFinalName() throws IOException {
        Path target = dir.resolve("sub/a.txt");
        AtomicFile.write(target, out -> out.write("新".getBytes(StandardCharsets.UTF_8)));
        assertEquals("新", Files.readString(target));
        assertEquals(1, countFiles(target.getParent()));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "旧");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("半".getBytes(StandardCharsets.UTF_8));
            throw new IOException("断了");
        }));
        assertEquals("旧", Files.readString(target));
        assertEquals(1, countFiles(dir));
    }

    private static long countFiles(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }
}

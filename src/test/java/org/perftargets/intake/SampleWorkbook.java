package org.perftargets.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample workbook shipped in input/, which several tests read. */
final class SampleWorkbook {

    private SampleWorkbook() {
    }

    static Path path() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("input"))) {
            return s.filter(p -> p.toString().endsWith(".xlsx")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no sample workbook in input/"));
        }
    }
}

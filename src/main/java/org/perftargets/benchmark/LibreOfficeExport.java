package org.perftargets.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The yardstick of issue 18: LibreOffice exporting the same forms to PDF from ready-made
 * workbooks (our own form XLSX copies), one {@code soffice --headless --convert-to pdf} over all
 * of them, timed from its start to its exit, start-up included, as ours is. It runs with a fresh
 * profile folder so that it neither waits for nor disturbs another soffice on the machine.
 */
final class LibreOfficeExport {

    /** How long one export took and how many PDFs it wrote. */
    record Result(double seconds, int pdfs, int exitCode, boolean timedOut) {
    }

    private LibreOfficeExport() {
    }

    /** {@code soffice} on the PATH, if LibreOffice is installed. */
    static Optional<Path> find(String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            for (String name : List.of("soffice", "soffice.exe", "soffice.com")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Exports {@code workbooks} to PDF in {@code work}/pdf with its own profile in
     * {@code work}/profile; gives up after {@code timeoutSeconds}.
     */
    static Result export(Path soffice, List<Path> workbooks, Path work, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path pdfs = Files.createDirectories(work.resolve("pdf"));
        Path profile = Files.createDirectories(work.resolve("profile"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", pdfs.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        int written;
        try (Stream<Path> files = Files.list(pdfs)) {
            written = (int) files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
        return new Result(seconds, written, finished ? process.exitValue() : -1, !finished);
    }
}

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
 * workbooks (our own form XLSX copies) with {@code soffice --headless --convert-to pdf}, as few
 * commands as it takes them, timed from the first start to the last exit, start-up included, as
 * ours is. It runs with a fresh
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
     * {@code work}/profile, in as few soffice commands as its argument limit allows; gives up after
     * {@code timeoutSeconds} in all.
     */
    static Result export(Path soffice, List<Path> workbooks, Path work, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path pdfs = Files.createDirectories(work.resolve("pdf"));
        Path profile = Files.createDirectories(work.resolve("profile"));
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int exitCode = 0;
        for (List<Path> batch : batches(workbooks)) {
            Path folder = batch.get(0).getParent();
            List<String> command = new ArrayList<>(List.of(soffice.toString(),
                    "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", pdfs.toAbsolutePath().toString()));
            batch.forEach(w -> command.add(w.getFileName().toString()));
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Result((System.nanoTime() - start) / 1e9, count(pdfs), -1, true);
            }
            exitCode = Math.max(exitCode, process.exitValue());
        }
        return new Result((System.nanoTime() - start) / 1e9, count(pdfs), exitCode, false);
    }

    /**
     * The workbooks by folder, named relative to it, in batches of at most {@link #BATCH_FILES}
     * files and {@link #BATCH_BYTES} bytes of names: soffice 7.4.7 converts at most 246 files a
     * command and exits 0 without a word about the rest (measured: 246 of 1,000 and of 300 full
     * paths, 3 × 246 of 1,000 short names in three commands).
     */
    static List<List<Path>> batches(List<Path> workbooks) {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        int bytes = 0;
        for (Path w : workbooks) {
            int size = w.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
            if (!batch.isEmpty() && (bytes + size > BATCH_BYTES || batch.size() == BATCH_FILES || !w.getParent().equals(batch.get(0).getParent()))) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(w);
            bytes += size;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** Files per soffice command, under the 246 it converts. */
    static final int BATCH_FILES = 200;

    /** Bytes of file names per soffice command, well under a command line's limits. */
    static final int BATCH_BYTES = 16_000;

    private static int count(Path pdfs) throws IOException {
        try (Stream<Path> files = Files.list(pdfs)) {
            return (int) files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
    }
}

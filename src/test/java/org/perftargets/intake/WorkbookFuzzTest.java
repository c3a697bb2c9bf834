package org.perftargets.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perftargets.check.Checker;
import org.perftargets.model.Finding;
import org.perftargets.model.Project;

/**
 * 600 mutated copies of the sample workbook (bytes flipped, zip entries dropped, duplicated or
 * cut short): each must end in a result or a clean finding naming the file, never an exception
 * escaping the reader, and the whole run stays bounded in time. Seeded, so a failure repeats.
 */
class WorkbookFuzzTest {

    private static final long SEED = 20231231L;
    private static final int CASES = 600;

    @TempDir
    Path dir;

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(SampleWorkbook.path());
    }

    private static Map<String, byte[]> entries(Path workbook) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    m.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return m;
    }

    /** Writes entries; a name listed twice in {@code order} appears twice (see {@link #duplicate}). */
    private static byte[] zip(List<String> order, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : order) {
                z.putNextEntry(new ZipEntry(name));
                z.write(entries.get(name));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** ZipOutputStream refuses duplicate names: write a twin under a same-length alias, then rename it in the bytes. */
    private static byte[] duplicate(Map<String, byte[]> entries, String name) throws IOException {
        String alias = name.substring(0, name.length() - 1) + "#";
        Map<String, byte[]> withTwin = new LinkedHashMap<>(entries);
        withTwin.put(alias, entries.get(name));
        byte[] z = zip(new ArrayList<>(withTwin.keySet()), withTwin);
        byte[] from = alias.getBytes(StandardCharsets.UTF_8);
        byte[] to = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + from.length <= z.length; i++) {
            if (java.util.Arrays.equals(z, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, z, i, to.length);
            }
        }
        return z;
    }

    private static byte[] mutate(byte[] original, Map<String, byte[]> entries, Random random) throws IOException {
        List<String> names = new ArrayList<>(entries.keySet());
        String target = names.get(random.nextInt(names.size()));
        switch (random.nextInt(5)) {
            case 0: { // flip bytes of the file
                byte[] b = original.clone();
                for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return b;
            }
            case 1: { // drop an entry
                List<String> order = new ArrayList<>(names);
                order.remove(target);
                return zip(order, entries);
            }
            case 2: // duplicate an entry
                return duplicate(entries, target);
            case 3: { // cut an XML part short
                Map<String, byte[]> changed = new LinkedHashMap<>(entries);
                byte[] b = entries.get(target);
                changed.put(target, java.util.Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length)));
                return zip(names, changed);
            }
            default: { // flip bytes inside an XML part, so the zip stays valid and the XML does not
                Map<String, byte[]> changed = new LinkedHashMap<>(entries);
                byte[] b = entries.get(target).clone();
                for (int i = 0, n = 1 + random.nextInt(5); i < n && b.length > 0; i++) {
                    b[random.nextInt(b.length)] = (byte) "<>&\"'=/0123456789abc".charAt(random.nextInt(20));
                }
                changed.put(target, b);
                return zip(names, changed);
            }
        }
    }

    @Test
    void everyMutatedWorkbookEndsInAResultOrACleanFinding() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> fuzz("sample", SampleWorkbook.path(), CASES, SEED));
    }

    /** The second layout: the sheet of the sample's longest form, as the tool writes it, mutated the same ways. */
    @Test
    void everyMutatedFormSheetEndsInAResultOrACleanFinding() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            Project longest = new IntakeReader().read(SampleWorkbook.path()).declarations().projects().stream()
                    .max(java.util.Comparator.comparingInt(p -> p.indicators().size())).orElseThrow();
            Path form = dir.resolve("form.xlsx");
            try (var out = Files.newOutputStream(form)) {
                org.perftargets.export.FormWorkbookWriter.write(longest, out);
            }
            assertEquals(longest.indicators().size(),
                    new IntakeReader().read(form).declarations().projects().get(0).indicators().size(), "the unmutated form reads");
            fuzz("form", form, 300, SEED + 2);
        });
    }

    private void fuzz(String what, Path source, int cases, long seed) throws IOException {
        byte[] original = Files.readAllBytes(source);
        Map<String, byte[]> entries = entries(source);
        Random random = new Random(seed);
        IntakeReader reader = new IntakeReader();
        int clean = 0;
        int refused = 0;
        for (int i = 0; i < cases; i++) {
            byte[] mutated = mutate(original, entries, random);
            Path file = dir.resolve("case" + i + ".xlsx");
            Files.write(file, mutated);
            IntakeResult r;
            try {
                r = reader.read(file);
            } catch (RuntimeException e) {
                throw new AssertionError(what + " case " + i + " (seed " + seed + ") escaped the reader", e);
            }
            List<Finding> findings = new ArrayList<>(r.findings());
            findings.addAll(Checker.check(r.declarations()));
            for (Finding f : findings) {
                assertEquals(file.getFileName().toString(), f.location().file(), what + " case " + i + ": " + f.describe());
                assertFalse(f.message().isBlank());
            }
            for (Project p : r.declarations().projects()) {
                assertTrue(p.indicators().stream().allMatch(ind -> ind.value() != null), what + " case " + i);
            }
            if (findings.stream().anyMatch(Finding::isError)) {
                refused++;
            } else {
                clean++;
            }
            Files.delete(file);
        }
        System.out.println("fuzz " + what + ": " + cases + " cases, " + clean + " read without errors, " + refused
                + " refused with findings");
        assertTrue(refused > cases / 10, "the mutations must really break files: " + refused);
    }

    @Test
    void mutatedWorkbooksThroughTheWholeJobEndCleanlyAndLeaveNoPartialOutput() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            byte[] original = sample();
            Map<String, byte[]> entries = entries(SampleWorkbook.path());
            Random random = new Random(SEED + 1);
            for (int i = 0; i < 12; i++) {
                Path input = Files.createDirectories(dir.resolve("job" + i + "/input"));
                Path output = dir.resolve("job" + i + "/output");
                Files.write(input.resolve("申报.xlsx"), mutate(original, entries, random));
                java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
                var summary = new org.perftargets.job.BatchJob(org.perftargets.job.JobOptions.of(input, output),
                        new java.io.PrintStream(console, true, StandardCharsets.UTF_8)).run();
                String log = console.toString(StandardCharsets.UTF_8);
                assertTrue(summary.exitCode() == 0 || summary.exitCode() == 1, "case " + i + ": " + log);
                Path booklet = output.resolve("2023/上海市公安局/上海市公安局2023年度项目绩效目标汇总表.pdf");
                if (summary.exitCode() == 0) {
                    try (var doc = org.apache.pdfbox.Loader.loadPDF(booklet.toFile())) {
                        assertTrue(doc.getNumberOfPages() > 0, "case " + i);
                    }
                } else {
                    assertFalse(Files.exists(booklet), "case " + i + ": no booklet after errors");
                }
                try (var files = Files.walk(dir.resolve("job" + i))) {
                    assertTrue(files.noneMatch(f -> f.toString().endsWith(org.perftargets.job.AtomicFile.PART_SUFFIX)), "case " + i);
                }
            }
        });
    }
}

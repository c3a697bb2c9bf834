package org.perftargets.render;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;

/** Prints render timings (not a test): fonts, sheets, 1,000 sheets on 2 threads, booklets. */
public final class RenderTimings {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("render-timings");
        long t0 = System.nanoTime();
        FormFonts.shared();
        long fonts = System.nanoTime() - t0;
        PdfRenderer r = new PdfRenderer(Templates.bundled());
        System.out.printf("fonts parsed: %d ms (renderer ready %d ms)%n", fonts / 1_000_000,
                (System.nanoTime() - t0) / 1_000_000);

        List<Project> b23 = Fixture.booklet(23);
        long t = System.nanoTime();
        sheets(r, b23);
        System.out.printf("23 sheets, cold, 1 thread: %d ms%n", ms(t));
        for (int round = 0; round < 3; round++) {
            t = System.nanoTime();
            long bytes = sheets(r, b23);
            System.out.printf("23 sheets, warm, 1 thread: %d ms (%.1f ms/sheet, %d KB total)%n", ms(t),
                    ms(t) / 23.0, bytes / 1024);
        }
        for (int round = 0; round < 2; round++) {
            t = System.nanoTime();
            Path f = dir.resolve("booklet23.pdf");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
                r.renderBooklet(new GroupKey(2023, Fixture.DEPT), b23, out);
            }
            System.out.printf("booklet of 23 (form pages known from sheets): %d ms, %d KB%n", ms(t), Files.size(f) / 1024);
        }
        t = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("fresh.pdf")))) {
            new PdfRenderer(Templates.bundled()).renderBooklet(new GroupKey(2023, Fixture.DEPT), b23, out);
        }
        System.out.printf("booklet of 23 (fresh renderer, forms laid out twice): %d ms%n", ms(t));

        // 1,000 projects: the seed-like ones in rotation (about 17 indicators each).
        List<Project> many = new ArrayList<>();
        List<Project> base = Fixture.booklet(1000);
        for (Project p : base) {
            many.add(p.indicators().size() > 30 ? Fixture.detention() : p);
        }
        PdfRenderer r2 = new PdfRenderer(Templates.bundled());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicLong bytes = new AtomicLong();
        t = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < many.size(); i++) {
            Project p = many.get(i);
            Path f = dir.resolve("s" + i + ".pdf");
            fs.add(pool.submit(() -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
                    r2.renderSheet(p, out);
                }
                bytes.addAndGet(Files.size(f));
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("1,000 sheets on 2 threads: %d ms (%d MB)%n", ms(t), bytes.get() >> 20);
        t = System.nanoTime();
        Path f = dir.resolve("booklet1000.pdf");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f))) {
            r2.renderBooklet(new GroupKey(2023, Fixture.DEPT), many, out);
        }
        System.out.printf("booklet of 1,000 after its sheets: %d ms, %d MB; heap used now %d MB%n", ms(t),
                Files.size(f) >> 20, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        try (var s = Files.list(dir)) {
            s.forEach(p -> p.toFile().delete());
        }
        dir.toFile().delete();
    }

    private static long sheets(PdfRenderer r, List<Project> ps) throws Exception {
        long total = 0;
        for (Project p : ps) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.renderSheet(p, out);
            total += out.size();
        }
        return total;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}

package org.perftargets.render;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.perftargets.model.GroupKey;
import org.perftargets.model.Project;

/** Writes sample PDFs to a folder for looking at (not a test): java ... RenderSample /tmp/render */
public final class RenderSample {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/render");
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        PdfRenderer r = new PdfRenderer(Templates.from(Path.of("templates")));
        System.out.printf("renderer (fonts) %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<Project> ps = Fixture.booklet(23);
        for (int i = 0; i < 4; i++) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("sheet" + i + ".pdf"))) {
                r.renderSheet(ps.get(i), out);
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("booklet.pdf"))) {
            r.renderBooklet(new GroupKey(2023, Fixture.DEPT), ps, out);
        }
        System.out.printf("total %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }
}

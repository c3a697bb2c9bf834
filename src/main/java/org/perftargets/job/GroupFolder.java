package org.perftargets.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.perftargets.output.GroupFiles;

/**
 * A group's folder under the output folder, as the outputs see it: every file written under a
 * temporary name and moved into place when complete ({@link AtomicFile}). Closing it drops any
 * file begun and not committed (a booklet whose group failed). Remembers what it wrote.
 */
final class GroupFolder implements GroupFiles, AutoCloseable {

    private final OutputLayout layout;
    private final Path dir;
    private final List<AtomicFile.Pending> open = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();

    GroupFolder(OutputLayout layout, Path dir) {
        this.layout = layout;
        this.dir = dir;
    }

    @Override
    public void write(String name, Content content) throws IOException {
        Path target = layout.inside(dir.resolve(name));
        AtomicFile.write(target, content::writeTo);
        wrote(target);
    }

    @Override
    public Pending open(String name) throws IOException {
        Path target = layout.inside(dir.resolve(name));
        AtomicFile.Pending file = AtomicFile.open(target);
        synchronized (this) {
            open.add(file);
        }
        return new Pending() {
            @Override
            public OutputStream out() {
                return file.out();
            }

            @Override
            public void commit() throws IOException {
                file.commit();
                wrote(target);
            }
        };
    }

    private synchronized void wrote(Path file) {
        written.add(file);
    }

    /** The files written, in the order they were completed. */
    synchronized List<Path> written() {
        return List.copyOf(written);
    }

    /** The files written, relative to the folder with '/' between names, as the manifest lists them. */
    synchronized List<String> writtenNames() {
        return written.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (AtomicFile.Pending p : open) {
            try {
                p.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}

package org.perftargets.job;

import java.io.IOException;

import org.perftargets.model.CleanText;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.perftargets.form.DeclarationForm;
import org.perftargets.form.SelfEvaluationForm;
import org.perftargets.output.Group;

/**
 * The files this program wrote in the output folder, and only those: each group folder's list
 * ({@link Manifest}), the sheets of projects or groups no longer in the input (removed file by file,
 * with a word), and temporary files a killed run left behind (by their exact name). Nothing a list
 * does not name is ever removed.
 */
final class OwnFiles {

    private final OutputLayout layout;
    private final Console console;

    OwnFiles(OutputLayout layout, Console console) {
        this.layout = layout;
        this.console = console;
    }

    Manifest read(Path dir) throws IOException {
        try {
            return Manifest.read(dir);
        } catch (IOException e) {
            throw new MachineFailure.WriteFailed(dir.resolve(Manifest.FILE), e);
        }
    }

    void write(Path dir, SortedSet<String> previous, List<String> written) throws IOException {
        try {
            Manifest.write(dir, previous, written);
        } catch (IOException e) {
            throw new MachineFailure.WriteFailed(dir.resolve(Manifest.FILE), e);
        }
    }

    /**
     * The folders {@code output/<年度>/<主管部门>/} with a list of ours whose group is no longer in the
     * input (a department withdrawn or renamed): their sheets go as those of any project gone, said
     * file by file; the group's other files stay, with a note. Folders that cannot be read are passed over.
     */
    void removeSheetsOfGroupsGone(OutputLayout.Folders folders) throws IOException {
        Set<Path> current = new HashSet<>(folders.dirs().values());
        // A folder of a department still in the input under another spelling (省交通 运输厅 for 省交通运输厅, the
        // spelling most of its projects use having changed) is not a group gone: its sheets are not withdrawn.
        Set<String> currentFolded = new HashSet<>();
        current.forEach(d -> currentFolded.add(d.getParent().getFileName() + "/" + CleanText.folded(d.getFileName().toString())));
        List<Path> gone = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> years = Files.newDirectoryStream(layout.root())) {
            for (Path year : years) {
                if (!Files.isDirectory(year, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (java.nio.file.DirectoryStream<Path> groups = Files.newDirectoryStream(year)) {
                    for (Path g : groups) {
                        if (Files.isDirectory(g, LinkOption.NOFOLLOW_LINKS) && !current.contains(layout.inside(g))
                                && !currentFolded.contains(year.getFileName() + "/" + CleanText.folded(g.getFileName().toString()))
                                && Files.isRegularFile(g.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
                            gone.add(layout.inside(g));
                        }
                    }
                } catch (IOException e) {
                    // a folder of the user's that cannot be read: not ours
                }
            }
        }
        gone.sort(null);
        for (Path dir : gone) {
            Manifest previous = read(dir);
            Set<String> removed = removeStaleSheets(dir, previous, Set.of());
            if (!removed.isEmpty()) {
                console.groupGone(dir);
            }
            SortedSet<String> kept = previous.entries();
            kept.removeAll(removed);
            write(dir, kept, List.of());
        }
    }

    Set<String> removeStaleSheets(Path dir, Manifest previous, Group group) throws IOException {
        return removeStaleSheets(dir, previous, new HashSet<>(group.fileNames()));
    }

    /**
     * Removes the sheets the list of {@code dir} names whose project is no longer in the group (a
     * renamed or withdrawn project), saying so file by file. Files not on the list are never touched.
     */
    private Set<String> removeStaleSheets(Path dir, Manifest previous, Set<String> current) throws IOException {
        // The 申报表 and 自评表 (self-evaluation forms) of projects no longer in the group.
        List<String> prefixes = List.of(DeclarationForm.KIND.shortName() + "/", SelfEvaluationForm.KIND.shortName() + "/");
        Set<String> removed = new TreeSet<>();
        for (String entry : previous.entries()) {
            String prefix = prefixes.stream().filter(entry::startsWith).findFirst().orElse(null);
            if (prefix == null) {
                continue;
            }
            String name = entry.substring(prefix.length());
            int dot = name.lastIndexOf('.');
            String stem = dot < 0 ? name : name.substring(0, dot);
            if (name.contains("/") || current.contains(stem)) {
                continue;
            }
            Path file = layout.inside(dir.resolve(entry));
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new MachineFailure.WriteFailed(file, e);
                }
                console.removed(file);
            }
            removed.add(entry);
        }
        return removed;
    }

    /**
     * Removes temporary files that a killed run left behind, in the folders the tool writes
     * (the output folder, 年度, 主管部门, 申报表), by their exact name ({@link AtomicFile#isTemporary}).
     * A folder that cannot be read is passed over; links are not followed.
     */
    void removeLeftoverTemporaryFiles() throws IOException {
        Files.walkFileTree(layout.root(), java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), 4,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                        if (a.isRegularFile() && AtomicFile.isTemporary(file.getFileName().toString())) {
                            try {
                                Files.deleteIfExists(file);
                            } catch (IOException e) {
                                // not ours to worry about now: a later run tries again
                            }
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
    }
}

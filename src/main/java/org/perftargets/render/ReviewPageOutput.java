package org.perftargets.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.perftargets.output.Group;
import org.perftargets.output.GroupFiles;
import org.perftargets.output.Output;

/**
 * 审核报告.html: a whole group's review on one self-contained page (styles and script inline, no
 * request leaves the file), laid out by the template {@code review.ftlh}.
 */
public final class ReviewPageOutput implements Output {

    public static final String FILE = "审核报告.html";
    private final Path folder;
    /** Made at the first whole group: a run for one sheet needs none (15 ms of its start). */
    private Templates templates;

    public ReviewPageOutput(Path templates) {
        this.folder = templates;
    }

    private synchronized Templates templates() {
        if (templates == null) {
            templates = Templates.from(folder);
        }
        return templates;
    }

    @Override
    public String name() {
        return "审核报告";
    }

    @Override
    public void endGroup(Group group, GroupFiles files) throws IOException {
        if (group.whole()) {
            String html = templates().render("review.ftlh", Map.of("page", ReviewPage.of(group)));
            files.write(FILE, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
        }
    }
}

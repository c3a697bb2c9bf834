package org.perftargets.intake;

import java.util.List;

import org.perftargets.model.Declarations;
import org.perftargets.model.Finding;
import org.perftargets.model.Project;

/**
 * What reading gave: the declarations, and every problem met on the way. A reading for some
 * projects only ({@link ReadFocus}) reads those whole, and lists every project read in
 * {@code listed}, in order: the others with only their 年度, 主管部门, 项目名称 and 项目编码 (and their
 * origin), so that a project is found, named and told apart from the others as a whole reading
 * would; their findings are not looked for. A whole reading lists its declarations.
 */
public record IntakeResult(Declarations declarations, List<Finding> findings, List<Project> listed) {

    public IntakeResult {
        findings = List.copyOf(findings);
        listed = List.copyOf(listed);
    }

    public IntakeResult(Declarations declarations, List<Finding> findings) {
        this(declarations, findings, declarations.projects());
    }
}

package org.perftargets.intake;

import java.util.List;

import org.perftargets.model.Finding;
import org.perftargets.model.Declarations;

/** What reading gave: the declarations, and every problem met on the way. */
public record IntakeResult(Declarations declarations, List<Finding> findings) {

    public IntakeResult {
        findings = List.copyOf(findings);
    }
}

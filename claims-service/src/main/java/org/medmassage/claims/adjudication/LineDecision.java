package org.medmassage.claims.adjudication;

import java.util.Objects;
import org.medmassage.codesets.remittance.CodedRejection;

/** What happens to one line: covered with benefits' cost share, or denied for a coded reason. */
public sealed interface LineDecision {

    static LineDecision covered(CostShare costShare) {
        return new Covered(costShare);
    }

    static LineDecision denied(CodedRejection rejection) {
        return new Denied(rejection);
    }

    record Covered(CostShare costShare) implements LineDecision {
        public Covered {
            Objects.requireNonNull(costShare, "costShare");
        }
    }

    record Denied(CodedRejection rejection) implements LineDecision {
        public Denied {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}

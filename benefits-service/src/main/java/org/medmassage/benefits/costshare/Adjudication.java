package org.medmassage.benefits.costshare;

import java.util.List;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.accumulator.Milestone;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.plan.LiabilityBasis;
import org.medmassage.codesets.remittance.CodedRejection;

/** What benefits decided for one claim's visit. Only {@link Applied} posts anything. */
public sealed interface Adjudication {

    /**
     * No coverage on the date of service (CO-26/CO-27), a rendering provider type the plan does not pay (CO-185 N95),
     * an out-of-network visit under a plan without out-of-network benefits (PR-242), or no billed code is a covered
     * service (PR-204).
     */
    record NotCovered(CodedRejection rejection) implements Adjudication {
    }

    /**
     * The visit is over the plan-year visit limit (CS-06: PR-119, N640); the patient owes the billed or allowed amount
     * of its covered lines; {@code notCovered} lines keep their own refusal (benefit exists comes first, §5.2 step 0).
     */
    record OverVisitLimit(CodedRejection rejection, int visitsUsed, int visitLimit, LiabilityBasis liabilityBasis,
                          List<UncoveredLine> notCovered) implements Adjudication {

        public OverVisitLimit {
            notCovered = List.copyOf(notCovered);
        }
    }

    /**
     * Cost share applied to the covered lines; the postings and visit are the new ledger rows, {@code after} the
     * balances they lead to; {@code notCovered} the lines the plan does not cover (denied on their own).
     */
    record Applied(CostShare costShare, List<Posting> postings, List<VisitPosting> visits, Accumulators after,
                   List<Milestone> milestones, List<UncoveredLine> notCovered) implements Adjudication {

        public Applied {
            postings = List.copyOf(postings);
            visits = List.copyOf(visits);
            milestones = List.copyOf(milestones);
            notCovered = List.copyOf(notCovered);
        }
    }
}

package org.medmassage.benefits.costshare;

import org.medmassage.codesets.remittance.CodedRejection;

/** The visit-limit answer for one date of service: the visit is covered (and maybe newly counted), or refused. */
public sealed interface VisitDecision {

    /** Covered; {@code visitsUsedAfter} counts this DOS, {@code newlyCounted} is false when it was already counted. */
    record Covered(int visitsUsedAfter, boolean newlyCounted) implements VisitDecision {
    }

    record OverLimit(CodedRejection rejection, int visitsUsed, int visitLimit) implements VisitDecision {
    }
}

package org.medmassage.benefits.accumulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.events.NetworkTier;

/** A threshold a claim's postings crossed; worth telling the member about. */
public sealed interface Milestone {

    /** Few visits left once remaining visits are at most this many (default; configurable per deployment). */
    int VISITS_APPROACHING_THRESHOLD = 2;

    record DeductibleMet(NetworkTier tier, LocalDate planYearStart, BigDecimal deductible) implements Milestone {
    }

    record OutOfPocketMaxReached(NetworkTier tier, LocalDate planYearStart, BigDecimal outOfPocketMax) implements Milestone {
    }

    record VisitLimitApproaching(int visitsUsed, int visitLimit, int visitsRemaining) implements Milestone {
    }

    /** Crossed = not reached before the claim, reached after it; a visit warning only when the claim counted a visit. */
    static List<Milestone> crossed(Accumulators before, Accumulators after, NetworkTier tier, boolean visitCounted) {
        return crossed(before, after, tier, visitCounted, VISITS_APPROACHING_THRESHOLD);
    }

    /** As above, warning once {@code visitsLeftThreshold} or fewer visits are left. */
    static List<Milestone> crossed(Accumulators before, Accumulators after, NetworkTier tier, boolean visitCounted,
                                   int visitsLeftThreshold) {
        List<Milestone> crossed = new ArrayList<>();
        LocalDate planYearStart = after.planYear().start();
        if (before.deductibleRemaining(tier).signum() > 0 && after.deductibleRemaining(tier).signum() == 0) {
            crossed.add(new DeductibleMet(tier, planYearStart, after.plan().terms(tier).deductible()));
        }
        BigDecimal oopBefore = before.outOfPocketRemaining(tier);
        if (oopBefore != null && oopBefore.signum() > 0 && after.outOfPocketRemaining(tier).signum() == 0) {
            crossed.add(new OutOfPocketMaxReached(tier, planYearStart, after.plan().terms(tier).outOfPocketMax()));
        }
        if (visitCounted && after.visitsRemaining() <= visitsLeftThreshold) {
            crossed.add(new VisitLimitApproaching(after.visitsUsed(), after.plan().visitLimit(), after.visitsRemaining()));
        }
        return crossed;
    }
}

package org.medmassage.claims.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bill a Good Faith Estimate is measured against (ALT-04): the sessions billed in its scheduled period, what the
 * patient owes for them in all, by how much that exceeds the estimate (negative when below), whether the patient may
 * start patient-provider dispute resolution and until when ({@code disputeWindowEndsOn}, null when not eligible).
 */
public record FinalBill(List<BilledVisit> visits, BigDecimal billedTotal, BigDecimal exceedsEstimateBy,
        boolean disputeEligible, LocalDate disputeWindowEndsOn) {

    public FinalBill {
        visits = List.copyOf(visits);
    }
}

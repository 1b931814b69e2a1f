package org.medmassage.benefits.costshare;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medmassage.events.NetworkTier;

/** One claim's priced visit, as the claim saga asks benefits to share it (saga step 3). */
public record CostShareRequest(String claimId, String memberId, LocalDate dateOfService, NetworkTier tier,
                               List<AllowedLine> lines) {

    public CostShareRequest {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(tier, "tier");
        lines = List.copyOf(lines);
    }
}

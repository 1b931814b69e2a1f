package org.medmassage.benefits.costshare;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medmassage.events.NetworkTier;

/**
 * One claim's priced visit, as the claim saga asks benefits to share it (saga step 3); {@code renderingProviderTaxonomy}
 * is the rendering provider's primary NUCC taxonomy on the DOS, null when claims-service has none on file.
 */
public record CostShareRequest(String claimId, String memberId, LocalDate dateOfService, NetworkTier tier,
                               List<AllowedLine> lines, String renderingProviderTaxonomy) {

    public CostShareRequest {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(tier, "tier");
        lines = List.copyOf(lines);
    }

    /** A visit of a provider without a taxonomy on file. */
    public CostShareRequest(String claimId, String memberId, LocalDate dateOfService, NetworkTier tier,
                            List<AllowedLine> lines) {
        this(claimId, memberId, dateOfService, tier, lines, null);
    }
}

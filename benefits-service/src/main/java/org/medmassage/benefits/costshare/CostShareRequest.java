package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medmassage.codesets.money.Money;
import org.medmassage.events.NetworkTier;

/**
 * One claim's priced visit, as the claim saga asks benefits to share it (saga step 3); {@code renderingProviderTaxonomy}
 * is the rendering provider's primary NUCC taxonomy on the DOS, null when claims-service has none on file.
 * {@code pipAccident}: the auto accident when the claim is billed to the member's auto PIP coverage, null for the
 * health plan; {@code priorPayerPaid}: what a primary payer paid for the visit, 0.00 when the plan is primary
 * (decision 0074).
 */
public record CostShareRequest(String claimId, String memberId, LocalDate dateOfService, NetworkTier tier,
                               List<AllowedLine> lines, String renderingProviderTaxonomy, AutoAccident pipAccident,
                               BigDecimal priorPayerPaid) {

    public CostShareRequest {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(tier, "tier");
        lines = List.copyOf(lines);
        priorPayerPaid = priorPayerPaid == null ? Money.ZERO : Money.scaled(priorPayerPaid);
        if (priorPayerPaid.signum() < 0) {
            throw new IllegalArgumentException("a prior payer paid " + priorPayerPaid);
        }
    }

    /** A visit billed to the health plan as primary. */
    public CostShareRequest(String claimId, String memberId, LocalDate dateOfService, NetworkTier tier,
                            List<AllowedLine> lines, String renderingProviderTaxonomy) {
        this(claimId, memberId, dateOfService, tier, lines, renderingProviderTaxonomy, null, null);
    }

    public boolean billedToAutoPip() {
        return pipAccident != null;
    }

    /** The plan pays as secondary, after a primary payer's payment (RULEBOOK §7.3 Example 11). */
    public boolean paysAsSecondary() {
        return priorPayerPaid.signum() > 0;
    }

    /** A visit of a provider without a taxonomy on file. */
    public CostShareRequest(String claimId, String memberId, LocalDate dateOfService, NetworkTier tier,
                            List<AllowedLine> lines) {
        this(claimId, memberId, dateOfService, tier, lines, null);
    }
}

package org.medmassage.events.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;

/**
 * The visit is authorized; benefits must split each priced line between plan and patient (saga step 3).
 * {@code renderingProviderTaxonomy} (optional, null when unknown) is the rendering provider's primary NUCC taxonomy on
 * the date of service, for a plan's covered provider types (RULEBOOK §1.3).
 * {@code payer} (optional; null from senders before it: HEALTH_PLAN) is who the claim is billed to: HEALTH_PLAN or
 * AUTO_PIP, whose per-accident limit benefits keeps (RULEBOOK §7.3, decision 0074); an AUTO_PIP request names the
 * accident's {@code accidentDate} and {@code accidentState}. {@code priorPayerPaid} (optional, null or 0.00 when
 * none): what a primary payer paid for the visit (837P 2320 AMT*D), so the health plan pays as secondary by the
 * plan's coordination-of-benefits method (Example 11).
 */
public record CostShareRequested(
        String claimId,
        String memberId,
        LocalDate dateOfService,
        NetworkTier networkTier,
        List<PricedLine> lines,
        String renderingProviderTaxonomy,
        String payer,
        LocalDate accidentDate,
        String accidentState,
        BigDecimal priorPayerPaid) implements DomainEvent {

    /** A health-plan visit, the plan primary. */
    public CostShareRequested(String claimId, String memberId, LocalDate dateOfService, NetworkTier networkTier,
                              List<PricedLine> lines, String renderingProviderTaxonomy) {
        this(claimId, memberId, dateOfService, networkTier, lines, renderingProviderTaxonomy, null, null, null, null);
    }

    /** A visit of a provider without a taxonomy on file. */
    public CostShareRequested(String claimId, String memberId, LocalDate dateOfService, NetworkTier networkTier,
                              List<PricedLine> lines) {
        this(claimId, memberId, dateOfService, networkTier, lines, null);
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}

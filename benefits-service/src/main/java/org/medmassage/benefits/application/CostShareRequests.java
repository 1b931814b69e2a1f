package org.medmassage.benefits.application;

import org.medmassage.benefits.costshare.AutoAccident;
import org.medmassage.benefits.costshare.AllowedLine;
import org.medmassage.benefits.costshare.CostShareRequest;
import org.medmassage.events.MalformedEventException;
import org.medmassage.events.claim.CostShareRequested;

/** Reads the claim saga's request into the domain; a request missing what CS-01 needs is malformed, not retried. */
final class CostShareRequests {

    private CostShareRequests() {
    }

    static CostShareRequest toDomain(CostShareRequested event) {
        if (event.lines() == null || event.lines().isEmpty()) {
            throw new MalformedEventException("CostShareRequested " + event.claimId() + " has no lines");
        }
        try {
            return new CostShareRequest(event.claimId(), event.memberId(), event.dateOfService(), event.networkTier(),
                    event.lines().stream().map(line -> new AllowedLine(line.lineNumber(), line.procedureCode(), line.allowed())).toList(),
                    event.renderingProviderTaxonomy(), accident(event), event.priorPayerPaid());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new MalformedEventException("CostShareRequested " + event.claimId() + " is incomplete: " + e.getMessage(), e);
        }
    }

    // decision 0074: a claim billed to auto PIP names its accident; any other payer is the health plan
    private static AutoAccident accident(CostShareRequested event) {
        if (!"AUTO_PIP".equals(event.payer())) {
            return null;
        }
        return new AutoAccident(event.accidentDate(), event.accidentState());
    }
}

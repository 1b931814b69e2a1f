package org.medmassage.benefits.application;

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
                    event.renderingProviderTaxonomy());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new MalformedEventException("CostShareRequested " + event.claimId() + " is incomplete: " + e.getMessage(), e);
        }
    }
}

package org.medmassage.claims.adjudication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A service line already on file for a member, as the duplicate check sees it: whose claim, where that claim is, the
 * service (member, rendering provider, date, code, units) and whether the line was itself denied as a duplicate —
 * or by a coding edit (decision 0054): either way denied at intake, it never was the original.
 */
public record EarlierLine(
        UUID claimId,
        ClaimStatus claimStatus,
        int lineNumber,
        String memberId,
        String renderingProviderNpi,
        LocalDate dateOfService,
        String procedureCode,
        int units,
        boolean deniedAsDuplicate) {

    public EarlierLine {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(claimStatus, "claimStatus");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renderingProviderNpi, "renderingProviderNpi");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(procedureCode, "procedureCode");
    }
}

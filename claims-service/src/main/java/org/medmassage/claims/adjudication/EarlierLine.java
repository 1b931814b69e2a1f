package org.medmassage.claims.adjudication;

import org.medmassage.claims.payer.Payer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A service line already on file for a member, as the duplicate check sees it: whose claim, where that claim is, the
 * service (member, rendering provider, date, code, units) and whether the line was itself denied as a duplicate —
 * or by a coding edit (decision 0054): either way denied at intake, it never was the original. {@code payer}: who that
 * claim was billed to (decision 0074).
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
        boolean deniedAsDuplicate,
        Payer payer) {

    /** A line of a claim billed to the health plan. */
    public EarlierLine(UUID claimId, ClaimStatus claimStatus, int lineNumber, String memberId,
            String renderingProviderNpi, LocalDate dateOfService, String procedureCode, int units,
            boolean deniedAsDuplicate) {
        this(claimId, claimStatus, lineNumber, memberId, renderingProviderNpi, dateOfService, procedureCode, units,
                deniedAsDuplicate, Payer.HEALTH_PLAN);
    }

    public EarlierLine {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(claimStatus, "claimStatus");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renderingProviderNpi, "renderingProviderNpi");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(payer, "payer");
    }
}

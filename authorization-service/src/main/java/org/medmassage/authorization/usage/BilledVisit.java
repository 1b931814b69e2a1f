package org.medmassage.authorization.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A claim's date of service as authorization sees it (from SessionBilled); the auth number is optional on a claim, and
 * so is the referral number (REF*9F), which only picks the referral whose session the visit uses (ADR 0066).
 */
public record BilledVisit(
        String claimId,
        String memberId,
        String authorizationNumber,
        String providerNpi,
        LocalDate dateOfService,
        List<String> procedureCodes,
        String referralNumber) {

    /** A claim that names no referral. */
    public BilledVisit(String claimId, String memberId, String authorizationNumber, String providerNpi,
            LocalDate dateOfService, List<String> procedureCodes) {
        this(claimId, memberId, authorizationNumber, providerNpi, dateOfService, procedureCodes, null);
    }

    public BilledVisit {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(providerNpi, "providerNpi");
        Objects.requireNonNull(dateOfService, "dateOfService");
        procedureCodes = procedureCodes.stream().distinct().toList();
        if (authorizationNumber != null && authorizationNumber.isBlank()) {
            authorizationNumber = null;
        }
        if (referralNumber != null && referralNumber.isBlank()) {
            referralNumber = null;
        }
    }

    public boolean citesAuthorization() {
        return authorizationNumber != null;
    }

    /** The same visit without the lines of these codes (denied already, e.g. for want of a referral). */
    public BilledVisit without(Collection<String> codes) {
        return new BilledVisit(claimId, memberId, authorizationNumber, providerNpi, dateOfService,
                procedureCodes.stream().filter(code -> !codes.contains(code)).toList(), referralNumber);
    }
}

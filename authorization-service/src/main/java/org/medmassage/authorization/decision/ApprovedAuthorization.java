package org.medmassage.authorization.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medmassage.authorization.time.DateWindow;

/**
 * A1 or A2: certified for a number of visits of some procedure codes, for one provider, inside a window; {@code review}
 * is null when the rules decided it alone.
 */
public record ApprovedAuthorization(
        AuthorizationId id,
        AuthorizationNumber number,
        AuthorizationRequest request,
        Instant dueAt,
        AuthorizationStatus status,
        int approvedVisits,
        List<String> procedureCodes,
        DateWindow window,
        String reason,
        Instant decidedAt,
        Review review) implements Authorization {

    public ApprovedAuthorization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(decidedAt, "decidedAt");
        procedureCodes = List.copyOf(procedureCodes);
        if (status == null || !status.isCertified()) {
            throw new IllegalArgumentException("an approved authorization is APPROVED or PARTIALLY_APPROVED, not " + status);
        }
        if (approvedVisits < 1) {
            throw new IllegalArgumentException("an approval is for at least one visit, got " + approvedVisits);
        }
    }

    public String memberId() {
        return request.memberId();
    }

    public String providerNpi() {
        return request.providerNpi();
    }

    public boolean covers(LocalDate dateOfService) {
        return window.contains(dateOfService);
    }

    public boolean authorizes(String procedureCode) {
        return procedureCodes.contains(procedureCode);
    }

    public boolean isFor(String npi) {
        return request.providerNpi().equals(npi);
    }
}

package org.medmassage.authorization.web;

import org.medmassage.support.web.Identifier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.authorization.decision.Priority;
import org.medmassage.codesets.Npi;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;

/** POST /authorizations (PLAN.md REST contract). */
record AuthorizationRequestBody(
        @NotBlank @Identifier String memberId,
        @NotBlank @Identifier String referralId,
        @NotBlank @Identifier String providerNpi,
        @NotEmpty List<@NotNull @Pattern(regexp = "[0-9]{4}[0-9A-Z]", message = "must be a 5-character CPT/HCPCS code")
                String> procedureCodes,
        @NotNull @Positive Integer requestedVisits,
        @NotNull LocalDate startDate,
        @NotNull Priority priority) {

    /** Well-formed but not a real provider: a typo'd NPI cannot be authorized (422). */
    void rejectWhatCannotBeAuthorized() {
        Npi.problem(providerNpi).ifPresent(problem -> {
            throw RequestRejectedException.unprocessable("Authorization request cannot be accepted",
                    List.of(new FieldProblem("providerNpi", "NPI", problem)));
        });
    }

    AuthorizationRequest toRequest(Instant receivedAt) {
        return new AuthorizationRequest(memberId, referralId, providerNpi, procedureCodes, requestedVisits, startDate,
                priority, receivedAt);
    }
}

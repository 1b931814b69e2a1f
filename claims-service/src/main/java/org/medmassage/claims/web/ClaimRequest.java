package org.medmassage.claims.web;

import org.medmassage.support.web.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.claims.intake.ClaimSubmission;

/** POST /claims body: an 837P-shaped professional claim for one date of service (RULEBOOK §8.1). */
record ClaimRequest(
        @NotBlank @Identifier String memberId,
        @Identifier String authorizationNumber,
        @NotBlank @Identifier String renderingProviderNpi,
        @NotNull LocalDate dateOfService,
        @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit CMS place-of-service code") String placeOfService,
        @NotEmpty @Size(max = 12) List<@NotBlank String> diagnosisCodes,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull ClaimLineRequest> lines) {

    /** POS 11 (office) is the default setting of a massage session (RULEBOOK §4.5). */
    private static final String OFFICE = "11";

    ClaimSubmission toSubmission() {
        return new ClaimSubmission(memberId, blankToNull(authorizationNumber), renderingProviderNpi, dateOfService,
                placeOfService == null ? OFFICE : placeOfService, diagnosisCodes,
                lines.stream().map(ClaimLineRequest::toSubmittedLine).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

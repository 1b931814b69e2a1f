package org.medmassage.authorization.web;

import org.medmassage.support.web.Identifier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.authorization.decision.CareGoal;
import org.medmassage.authorization.decision.Priority;
import org.medmassage.codesets.Npi;
import org.medmassage.codesets.TaxonomyCodeSet;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;

/**
 * POST /authorizations (PLAN.md REST contract). {@code renderingProviderTaxonomy} (optional): the rendering provider's
 * NUCC taxonomy, as an X12 278 carries it in PRV03; {@code careGoal} (optional): RESTORATIVE, the default, or
 * MAINTENANCE (MN-09).
 */
record AuthorizationRequestBody(
        @NotBlank @Identifier String memberId,
        @NotBlank @Identifier String referralId,
        @NotBlank @Identifier String providerNpi,
        @NotEmpty List<@NotNull @Pattern(regexp = "[0-9]{4}[0-9A-Z]", message = "must be a 5-character CPT/HCPCS code")
                String> procedureCodes,
        @NotNull @Positive Integer requestedVisits,
        @NotNull LocalDate startDate,
        @NotNull Priority priority,
        String renderingProviderTaxonomy,
        CareGoal careGoal) {

    private static final TaxonomyCodeSet TAXONOMIES = TaxonomyCodeSet.standard();

    /**
     * Well-formed but not a real provider: a typo'd NPI cannot be authorized, nor a taxonomy outside the NUCC code set
     * (a typo would be judged as a provider type the plan does not pay, §1.3); 422 naming each field.
     */
    void rejectWhatCannotBeAuthorized() {
        List<FieldProblem> problems = new ArrayList<>();
        Npi.problem(providerNpi).ifPresent(problem -> problems.add(new FieldProblem("providerNpi", "NPI", problem)));
        if (renderingProviderTaxonomy != null && !TAXONOMIES.isKnown(renderingProviderTaxonomy)) {
            problems.add(new FieldProblem("renderingProviderTaxonomy", "NuccTaxonomy", "'" + renderingProviderTaxonomy
                    + "' is not a NUCC provider taxonomy code (ten characters, e.g. 225700000X massage therapist, "
                    + "225100000X physical therapist)"));
        }
        if (!problems.isEmpty()) {
            throw RequestRejectedException.unprocessable("Authorization request cannot be accepted", problems);
        }
    }

    AuthorizationRequest toRequest(Instant receivedAt) {
        return new AuthorizationRequest(memberId, referralId, providerNpi, procedureCodes, requestedVisits, startDate,
                priority, receivedAt, renderingProviderTaxonomy, careGoal);
    }
}

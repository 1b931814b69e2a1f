package org.medmassage.claims.intake;

import java.time.LocalDate;
import java.util.List;

/** A claim as the provider sent it (837P-shaped), before coding edits and pricing. */
public record ClaimSubmission(
        String memberId,
        String authorizationNumber,
        String renderingProviderNpi,
        LocalDate dateOfService,
        String placeOfService,
        List<String> diagnosisCodes,
        List<SubmittedLine> lines) {

    public ClaimSubmission {
        diagnosisCodes = List.copyOf(diagnosisCodes);
        lines = List.copyOf(lines);
    }
}

package org.medmassage.referral.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.prescription.Referral;

/**
 * A referral as the API shows it (PLAN: referral 8081), with its lifecycle (status, why revoked, sessions used as
 * authorization-service reports them) and, on the 201 of its recording only, the warnings (DX-05, MN-04).
 */
record ReferralResponse(
        String referralId,
        String memberId,
        String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String statusReason,
        LocalDate validFrom,
        LocalDate validTo,
        PrescriberJson prescriber,
        List<String> diagnosisCodes,
        List<String> procedureCodes,
        int sessions,
        int durationWeeks,
        LocalDate issuedOn,
        int sessionsUsed,
        int sessionsRemaining,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WarningJson> warnings) {

    record PrescriberJson(String npi, String name, String type) {
    }

    /** Accepted anyway, but the prescriber should look: field, rule ID, plain message. */
    record WarningJson(String field, String rule, String message) {
    }

    static ReferralResponse of(Referral referral) {
        return of(referral, List.of());
    }

    static ReferralResponse of(Referral referral, List<FieldProblem> warnings) {
        return new ReferralResponse(referral.id().value(), referral.memberId(), referral.status().name(),
                referral.statusReason(), referral.window().validFrom(), referral.window().validTo(),
                new PrescriberJson(referral.prescriber().npi(), referral.prescriber().name(), referral.prescriber().type()),
                referral.diagnosisCodes(), referral.procedureCodes(), referral.sessions(), referral.durationWeeks(),
                referral.issuedOn(), referral.sessionsUsed(), referral.sessionsRemaining(),
                warnings.stream().map(w -> new WarningJson(w.field(), w.rule(), w.message())).toList());
    }
}

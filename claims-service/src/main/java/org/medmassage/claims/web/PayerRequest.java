package org.medmassage.claims.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.claims.payer.WorkersCompensation;

/**
 * The payer and injury fields of POST /claims (RULEBOOK §7.2, §7.3, §8.1; decision 0068), translated to the domain;
 * the values were validated as enum names by {@link ClaimRequest}, blank texts count as not sent.
 */
final class PayerRequest {

    /** 837P 2010BA REF*Y4 and the carrier's and employer's names. */
    record WorkersCompensationJson(@Size(max = 120) String carrierName, @Size(max = 50) String claimNumber,
            @Size(max = 120) String employerName) {
    }

    /**
     * The other payer's answer (837P 2320/2430 CAS, AMT*D), e.g. P2 from workers' comp, or auto PIP's 119 with what it
     * paid before its limit (decision 0074).
     */
    record PriorPayerDenialJson(@Size(max = 5) String carc,
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal paid) {
    }

    private PayerRequest() {
    }

    static ClaimPayer toPayer(String payer, List<String> relatedCauses, String accidentState,
            LocalDate dateOfInjury, WorkersCompensationJson workersCompensation,
            PriorPayerDenialJson priorPayerDenial) {
        WorkersCompensation wc = workersCompensation == null ? null : new WorkersCompensation(
                blankToNull(workersCompensation.carrierName()), blankToNull(workersCompensation.claimNumber()),
                blankToNull(workersCompensation.employerName()));
        String priorCarc = priorPayerDenial == null ? null : blankToNull(priorPayerDenial.carc());
        BigDecimal priorPaid = priorPayerDenial == null ? null : priorPayerDenial.paid();
        return new ClaimPayer(payer == null ? Payer.HEALTH_PLAN : Payer.valueOf(payer),
                relatedCauses == null ? List.of()
                        : relatedCauses.stream().distinct().map(RelatedCause::valueOf).toList(),
                blankToNull(accidentState), dateOfInjury, wc,
                priorAnswer(priorCarc, priorPaid));
    }

    // a payment without the other payer's code is still an answer: intake names the missing CARC (decision 0074)
    private static PriorPayerDenial priorAnswer(String carc, BigDecimal paid) {
        if (carc == null && paid == null) {
            return null;
        }
        return new PriorPayerDenial(carc == null ? "" : carc, paid);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

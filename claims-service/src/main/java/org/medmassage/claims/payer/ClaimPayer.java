package org.medmassage.claims.payer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a claim is billed to and the injury behind it (837P SBR09, CLM11, DTP*439, REF*Y4, 2320 prior payer): the
 * related causes, the accident's state for an auto accident, the date of injury, the workers' compensation claim when
 * the payer is WORKERS_COMP, and the other payer's denial when one was sent. Checked at intake ({@code PayerChecks}).
 */
public record ClaimPayer(
        Payer payer,
        List<RelatedCause> relatedCauses,
        String accidentState,
        LocalDate dateOfInjury,
        WorkersCompensation workersCompensation,
        PriorPayerDenial priorPayerDenial) {

    private static final ClaimPayer HEALTH_PLAN = new ClaimPayer(Payer.HEALTH_PLAN, List.of(), null, null, null, null);

    public ClaimPayer {
        Objects.requireNonNull(payer, "payer");
        relatedCauses = List.copyOf(relatedCauses);
    }

    /** A claim for the member's health plan with no injury named: every claim before issue 15. */
    public static ClaimPayer healthPlan() {
        return HEALTH_PLAN;
    }

    public boolean isWorkersCompensation() {
        return payer == Payer.WORKERS_COMP;
    }

    /** RULEBOOK §7.4: the patient pays the provider's cash rate; no plan, contract, accumulator or authorization. */
    public boolean isSelfPay() {
        return payer == Payer.SELF_PAY;
    }

    public boolean relatedTo(RelatedCause cause) {
        return relatedCauses.contains(cause);
    }

    public Optional<WorkersCompensation> workersCompensationClaim() {
        return Optional.ofNullable(workersCompensation);
    }

    public Optional<PriorPayerDenial> priorDenial() {
        return Optional.ofNullable(priorPayerDenial);
    }
}

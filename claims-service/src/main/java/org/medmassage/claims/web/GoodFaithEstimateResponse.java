package org.medmassage.claims.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.claims.application.ReadGoodFaithEstimates.BilledEstimate;
import org.medmassage.claims.estimate.DueRule;
import org.medmassage.claims.estimate.EstimateProvider;
import org.medmassage.claims.estimate.EstimatedService;
import org.medmassage.claims.estimate.FinalBill;
import org.medmassage.claims.estimate.GoodFaithEstimate;
import org.medmassage.claims.estimate.Trigger;

/**
 * A Good Faith Estimate as served (ALT-04): its content, its deadline and whether it was issued on time, the
 * disclaimers, and the final bill as it stands with the dispute flag.
 */
record GoodFaithEstimateResponse(
        String estimateId,
        PatientNamed patient,
        EstimateProvider provider,
        List<String> diagnosisCodes,
        List<EstimatedService> services,
        BigDecimal expectedTotal,
        BigDecimal selfPayDiscount,
        List<LocalDate> scheduledDates,
        LocalDate scheduledOn,
        LocalDate requestedOn,
        DueRule dueRule,
        String dueRuleDescription,
        LocalDate dueBy,
        LocalDate issuedOn,
        boolean issuedOnTime,
        List<String> disclaimers,
        FinalBill finalBill) {

    record PatientNamed(String memberId, String name, LocalDate dateOfBirth) {
    }

    static GoodFaithEstimateResponse of(BilledEstimate billed) {
        GoodFaithEstimate estimate = billed.estimate();
        boolean scheduled = estimate.trigger().kind() == Trigger.Kind.SCHEDULED;
        return new GoodFaithEstimateResponse(estimate.id().toString(),
                new PatientNamed(estimate.memberId(), estimate.patient().name(), estimate.patient().dateOfBirth()),
                estimate.provider(), estimate.diagnosisCodes(), estimate.services(), estimate.expectedTotal(),
                estimate.selfPayDiscount(), estimate.scheduledDates(), scheduled ? estimate.trigger().on() : null,
                scheduled ? null : estimate.trigger().on(), estimate.deadline().rule(),
                estimate.deadline().rule().description(), estimate.deadline().dueBy(), estimate.issuedOn(),
                estimate.issuedOnTime(), GoodFaithEstimate.DISCLAIMERS, billed.finalBill());
    }
}

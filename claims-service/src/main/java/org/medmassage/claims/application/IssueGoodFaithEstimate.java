package org.medmassage.claims.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.estimate.EstimateDecision;
import org.medmassage.claims.estimate.EstimateDraft;
import org.medmassage.claims.estimate.EstimateIntake;
import org.medmassage.claims.estimate.GoodFaithEstimate;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Issues a Good Faith Estimate for a self-pay patient's planned series (issue 15 item 5, ALT-04): priced at the
 * provider's cash rates, naming the patient and provider as on file today, its deadline on the business-day calendar,
 * stored as issued today. Nothing is published: the estimate is the provider's document, read over HTTP.
 */
@Service
public class IssueGoodFaithEstimate {

    private final UnitOfWork unitOfWork;
    private final Providers providers;
    private final Patients patients;
    private final GoodFaithEstimates estimates;
    private final EstimateIntake intake;
    private final Clock clock;

    public IssueGoodFaithEstimate(UnitOfWork unitOfWork, Providers providers, Patients patients,
            GoodFaithEstimates estimates, EstimateIntake intake, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.providers = providers;
        this.patients = patients;
        this.estimates = estimates;
        this.intake = intake;
        this.clock = clock;
    }

    /** The day it is on this service's clock: the default day of scheduling or request, and the day of issue. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The estimate stored, or {@link EstimateRefused} with every problem and nothing stored. */
    public Mono<GoodFaithEstimate> issue(EstimateDraft draft) {
        LocalDate today = today();
        return unitOfWork.execute(Mono.zip(
                        providers.find(draft.renderingProviderNpi()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        patients.find(draft.memberId()).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(found -> store(intake.write(UUID.randomUUID(), draft, found.getT1(), found.getT2(), today))));
    }

    private Mono<GoodFaithEstimate> store(EstimateDecision decision) {
        if (decision instanceof EstimateDecision.Refused refused) {
            return Mono.error(new EstimateRefused(refused.problems()));
        }
        GoodFaithEstimate estimate = ((EstimateDecision.Written) decision).estimate();
        return estimates.add(estimate).thenReturn(estimate);
    }
}

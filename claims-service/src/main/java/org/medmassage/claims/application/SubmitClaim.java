package org.medmassage.claims.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.intake.ClaimIntake;
import org.medmassage.claims.intake.ClaimSubmission;
import org.medmassage.claims.intake.IntakeDecision;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Saga step 1: accept, code and price a claim, store it RECEIVED and announce SessionBilled — in one transaction. */
@Service
public class SubmitClaim {

    private final UnitOfWork unitOfWork;
    private final Outbox outbox;
    private final Claims claims;
    private final Providers providers;
    private final FeeSchedules feeSchedules;
    private final ClaimIntake intake;
    private final Clock clock;

    public SubmitClaim(UnitOfWork unitOfWork, Outbox outbox, Claims claims, Providers providers,
            FeeSchedules feeSchedules, ClaimIntake intake, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.claims = claims;
        this.providers = providers;
        this.feeSchedules = feeSchedules;
        this.intake = intake;
        this.clock = clock;
    }

    /** The received claim, or {@link ClaimRejected} with every problem. */
    public Mono<Claim> submit(ClaimSubmission submission) {
        Mono<Optional<Provider>> provider = providers.find(submission.renderingProviderNpi())
                .map(Optional::of).defaultIfEmpty(Optional.empty());
        return unitOfWork.execute(Mono.zip(provider, feeSchedules.outOfNetwork())
                .flatMap(loaded -> decide(submission, loaded.getT1(), loaded.getT2()))
                .flatMap(claim -> claims.add(claim)
                        .then(outbox.append(ClaimEvents.sessionBilled(claim), null))
                        .thenReturn(claim)));
    }

    private Mono<Claim> decide(ClaimSubmission submission, Optional<Provider> provider,
            OutOfNetworkFeeSchedule outOfNetwork) {
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, provider, outOfNetwork,
                LocalDate.now(clock));
        if (decision instanceof IntakeDecision.Accepted accepted) {
            return Mono.just(accepted.claim());
        }
        return Mono.error(new ClaimRejected(((IntakeDecision.Rejected) decision).problems()));
    }
}

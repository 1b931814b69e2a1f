package org.medmassage.claims.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.WellnessDiagnosisPolicy;
import org.medmassage.claims.coverage.CoverageTerms;
import org.medmassage.claims.intake.ClaimIntake;
import org.medmassage.claims.intake.ClaimSubmission;
import org.medmassage.claims.intake.IdempotencyKey;
import org.medmassage.claims.intake.IntakeDecision;
import org.medmassage.claims.intake.SubmissionFingerprint;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Saga step 1: accept, code and price a claim, deny the lines that repeat a service on file (OA-18) and those billed
 * for wellness diagnoses only (CO-50, MN-07), store it and announce it — in one transaction. A claim with a line left
 * goes RECEIVED with SessionBilled; a claim whose every line is denied so is DENIED at once with ClaimAdjudicated,
 * asking neither authorization nor benefits. The member lock makes two identical claims sent together one original
 * and one duplicate. With an Idempotency-Key, a retry answers the first request's claim.
 */
@Service
public class SubmitClaim {

    private final UnitOfWork unitOfWork;
    private final Outbox outbox;
    private final Claims claims;
    private final Providers providers;
    private final FeeSchedules feeSchedules;
    private final ClaimIntake intake;
    private final Clock clock;
    private final DuplicateCheck duplicates;
    private final IdempotencyKeys keys;
    private final IdempotencyWindow window;
    private final WellnessDiagnosisPolicy wellness;
    private final MemberCoverage coverage;

    public SubmitClaim(UnitOfWork unitOfWork, Outbox outbox, Claims claims, Providers providers,
            FeeSchedules feeSchedules, ClaimIntake intake, Clock clock, DuplicateCheck duplicates, IdempotencyKeys keys,
            IdempotencyWindow window, WellnessDiagnosisPolicy wellness, MemberCoverage coverage) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.claims = claims;
        this.providers = providers;
        this.feeSchedules = feeSchedules;
        this.intake = intake;
        this.clock = clock;
        this.duplicates = duplicates;
        this.keys = keys;
        this.window = window;
        this.wellness = wellness;
        this.coverage = coverage;
    }

    /** The received (or duplicate-denied) claim, or {@link ClaimRejected} with every problem. */
    public Mono<Claim> submit(ClaimSubmission submission) {
        return unitOfWork.execute(receive(UUID.randomUUID(), submission));
    }

    /**
     * The claim of this key's first request when one was made within the window and sent the same claim (replayed),
     * {@link IdempotencyKeyReused} when it sent another, otherwise the claim received now under the key.
     */
    public Mono<Submitted> submit(ClaimSubmission submission, Optional<IdempotencyKey> key) {
        if (key.isEmpty()) {
            return submit(submission).map(claim -> new Submitted(claim, false));
        }
        var now = clock.instant();
        var first = new IdempotencyKeys.Reservation(UUID.randomUUID(), SubmissionFingerprint.of(submission));
        return unitOfWork.execute(keys.reserve(key.get(), first, now, window.expiredBefore(now))
                .flatMap(reserved -> reserved
                        ? receive(first.claimId(), submission).map(claim -> new Submitted(claim, false))
                        : replay(key.get(), first.fingerprint())));
    }

    private Mono<Submitted> replay(IdempotencyKey key, String fingerprint) {
        return keys.find(key)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("key " + key + " is neither free nor held")))
                .flatMap(held -> held.fingerprint().equals(fingerprint)
                        ? claims.find(held.claimId()).map(claim -> new Submitted(claim, true))
                        : Mono.error(new IdempotencyKeyReused(key)));
    }

    private Mono<Claim> receive(UUID claimId, ClaimSubmission submission) {
        Mono<Optional<Provider>> provider = providers.find(submission.renderingProviderNpi())
                .map(Optional::of).defaultIfEmpty(Optional.empty());
        // the member's plan decides how minutes become units (decision 0059)
        Mono<List<CoverageTerms>> terms = coverage.findByMember(submission.memberId()).collectList();
        return duplicates.lockMember(submission.memberId())
                .then(Mono.zip(provider, feeSchedules.outOfNetwork(), terms))
                .flatMap(loaded -> decide(claimId, submission, loaded.getT1(), loaded.getT2(), loaded.getT3()))
                .flatMap(received -> duplicates.denyDuplicates(received).map(this::medicallyNecessary)
                        .flatMap(next -> store(received, next)));
    }

    private Mono<Claim> decide(UUID claimId, ClaimSubmission submission, Optional<Provider> provider,
            OutOfNetworkFeeSchedule outOfNetwork, List<CoverageTerms> terms) {
        IntakeDecision decision = intake.accept(claimId, submission, provider, outOfNetwork, terms,
                LocalDate.now(clock));
        if (decision instanceof IntakeDecision.Accepted accepted) {
            return Mono.just(accepted.claim());
        }
        return Mono.error(new ClaimRejected(((IntakeDecision.Rejected) decision).problems()));
    }

    // MN-07 after the duplicate check: a duplicate line keeps OA-18; a claim left without a line is DENIED CO-50
    private Claim medicallyNecessary(Claim claim) {
        return claim.status() == ClaimStatus.RECEIVED
                ? claim.denyBeforeCostShare(wellness.notMedicallyNecessary(claim)) : claim;
    }

    // a claim denied at intake is decided: its remittance is the answer, as for a visit denied before cost share
    private Mono<Claim> store(Claim received, Claim next) {
        Mono<Void> stored = next == received ? claims.add(received)
                : claims.add(received).then(claims.recordTransition(ClaimStatus.RECEIVED, next));
        return stored.then(outbox.append(next.status() == ClaimStatus.DENIED ? ClaimEvents.claimAdjudicated(next)
                        : ClaimEvents.sessionBilled(next), null))
                .thenReturn(next);
    }
}

package org.medmassage.claims.application;

import org.medmassage.events.DomainEvent;
import org.medmassage.events.TimeOrderedIds;
import org.medmassage.claims.payer.Payer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.adjudication.WellnessDiagnosisPolicy;
import org.medmassage.claims.coverage.CoverageTerms;
import org.medmassage.claims.credentials.ProviderEligibility;
import org.medmassage.claims.intake.ClaimFrequency;
import org.medmassage.claims.intake.ClaimIntake;
import org.medmassage.claims.intake.ClaimSubmission;
import org.medmassage.claims.intake.IdempotencyKey;
import org.medmassage.claims.intake.IntakeDecision;
import org.medmassage.claims.intake.ReplacementPolicy;
import org.medmassage.claims.intake.SubmissionFingerprint;
import org.medmassage.claims.payer.PayerRouting;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.codesets.remittance.CodedRejection;
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
 * <p>
 * A claim of frequency 8 (837P CLM05-3) voids the prior claim it names and is answered with it, adjudicating nothing
 * new; one of frequency 7 voids the prior claim and is received in its place. Both go through {@link VoidClaim} under
 * the member lock, the void first, so the duplicate check already sees the replaced claim voided (decision 0056).
 * <p>
 * Before any other edit, a health-plan claim for an injury another payer owes is denied CO-19 / CO-21 with N4; a
 * workers' comp claim, priced at the state fee schedule, is decided PAID at intake after the edits, with
 * ClaimAdjudicated and no SessionBilled: neither authorization nor benefits is the carrier's (decision 0068). A
 * self-pay claim, priced at the provider's cash rate, is decided PAID at intake the same way (decision 0073).
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
    private final VoidClaim voidClaim;
    private final ProviderEligibility eligibility;
    private final MemberCoverage coverage;

    public SubmitClaim(UnitOfWork unitOfWork, Outbox outbox, Claims claims, Providers providers,
            FeeSchedules feeSchedules, ClaimIntake intake, Clock clock, DuplicateCheck duplicates, IdempotencyKeys keys,
            IdempotencyWindow window, WellnessDiagnosisPolicy wellness, VoidClaim voidClaim,
            ProviderEligibility eligibility, MemberCoverage coverage) {
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
        this.voidClaim = voidClaim;
        this.eligibility = eligibility;
        this.coverage = coverage;
    }

    /**
     * The received (or duplicate-denied) claim, the voided prior claim for frequency 8, or {@link ClaimRejected} with
     * every problem.
     */
    public Mono<Claim> submit(ClaimSubmission submission) {
        return unitOfWork.execute(receive(TimeOrderedIds.next(), submission));
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
        var first = new IdempotencyKeys.Reservation(answeredClaimId(submission), SubmissionFingerprint.of(submission));
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

    // a retry of a frequency-8 void is answered with the voided claim, as the first request was
    private static UUID answeredClaimId(ClaimSubmission submission) {
        return submission.frequency() == ClaimFrequency.VOID
                ? submission.originalClaim().orElseGet(TimeOrderedIds::next) : TimeOrderedIds.next();
    }

    private Mono<Claim> receive(UUID claimId, ClaimSubmission submission) {
        return duplicates.lockMember(submission.memberId())
                .then(original(submission))
                .flatMap(original -> submission.frequency() == ClaimFrequency.VOID
                        ? voidOriginal(submission, original) : receiveNew(claimId, submission, original));
    }

    private Mono<Optional<Claim>> original(ClaimSubmission submission) {
        return Mono.justOrEmpty(submission.originalClaim()).flatMap(claims::find)
                .map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    // frequency 8: what POST /claims/{id}/void does, for the claim's own provider; the claim sent is not adjudicated
    private Mono<Claim> voidOriginal(ClaimSubmission submission, Optional<Claim> original) {
        Optional<FieldProblem> problem = ReplacementPolicy.problem(submission, original);
        if (problem.isPresent()) {
            return Mono.error(new ClaimRejected(List.of(problem.get())));
        }
        return voidClaim.voidWithin(original.orElseThrow(), Voiding.byProvider(voidClaim.now()))
                .switchIfEmpty(Mono.error(() -> voidedMeanwhile(original.get())));
    }

    private Mono<Claim> receiveNew(UUID claimId, ClaimSubmission submission, Optional<Claim> original) {
        Mono<Optional<Provider>> provider = providers.find(submission.renderingProviderNpi())
                .map(Optional::of).defaultIfEmpty(Optional.empty());
        // the member's plan decides how minutes become units (decision 0059)
        Mono<List<CoverageTerms>> terms = coverage.findByMember(submission.memberId()).collectList();
        return Mono.zip(provider, feeSchedules.outOfNetwork(), terms)
                .flatMap(loaded -> decide(claimId, submission, original, loaded.getT1(), loaded.getT2(), loaded.getT3())
                        .flatMap(received -> replaced(received, original)
                                .then(Mono.defer(() -> denyAtIntake(received, loaded.getT1().orElseThrow())))
                                .flatMap(next -> store(received, next))));
    }

    // RULEBOOK §1.3 first (decision 0060): a provider who cannot be paid on the DOS has every line denied CO-185, so
    // the duplicate check and the edits have nothing left to deny
    private Mono<Claim> denyAtIntake(Claim received, Provider provider) {
        // RULEBOOK §7.2 / §7.3 before all (decision 0068): a claim the plan is not the payer of is not its to judge
        Optional<CodedRejection> misrouted = PayerRouting.misrouted(received.header().payer());
        if (misrouted.isPresent()) {
            return Mono.just(received.denyAsMisrouted(misrouted.get()));
        }
        return edited(received, provider).map(SubmitClaim::paidByWorkersComp).map(SubmitClaim::selfPaid)
                .map(SubmitClaim::sentToAutoPip);
    }

    private Mono<Claim> edited(Claim received, Provider provider) {
        Claim judged = received.denyAtIntake(eligibility.deniedLines(received, provider.credentials()));
        return judged != received ? Mono.just(judged)
                : duplicates.denyDuplicates(received).map(this::medicallyNecessary);
    }

    private Mono<Claim> decide(UUID claimId, ClaimSubmission submission, Optional<Claim> original,
            Optional<Provider> provider, OutOfNetworkFeeSchedule outOfNetwork, List<CoverageTerms> terms) {
        IntakeDecision decision = intake.accept(claimId, submission, provider, outOfNetwork, terms,
                LocalDate.now(clock));
        List<FieldProblem> problems = new ArrayList<>();
        if (decision instanceof IntakeDecision.Rejected rejected) {
            problems.addAll(rejected.problems());
        }
        ReplacementPolicy.problem(submission, original).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return Mono.error(new ClaimRejected(problems));
        }
        return Mono.just(((IntakeDecision.Accepted) decision).claim());
    }

    // frequency 7: the replaced claim is voided before the duplicate check reads the member's claims, so the
    // replacement does not repeat it; its ClaimVoided precedes the replacement's event in the outbox
    private Mono<Void> replaced(Claim replacement, Optional<Claim> original) {
        if (replacement.header().replaces().isEmpty()) {
            return Mono.empty();
        }
        return voidClaim.voidWithin(original.orElseThrow(), Voiding.replacedBy(replacement.id(), voidClaim.now()))
                .switchIfEmpty(Mono.error(() -> voidedMeanwhile(original.get())))
                .then();
    }

    // a void through POST /claims/{id}/void committed between the read and the update: nothing was written here
    private static ClaimRejected voidedMeanwhile(Claim original) {
        return new ClaimRejected(List.of(new FieldProblem("originalClaimId", "CLM05-3",
                "claim " + original.id() + " was voided by another request meanwhile: there is nothing left to "
                        + "replace or void")));
    }

    // MN-07 after the duplicate check: a duplicate line keeps OA-18; a claim left without a line is DENIED CO-50.
    // Medical necessity is the plan's condition for paying: a self-paid session is the patient's choice (0073)
    private Claim medicallyNecessary(Claim claim) {
        return claim.status() == ClaimStatus.RECEIVED && !claim.header().payer().isSelfPay()
                ? claim.denyBeforeCostShare(wellness.notMedicallyNecessary(claim)) : claim;
    }

    // RULEBOOK §7.2: the carrier pays the state fee schedule in full; a claim with no line left is DENIED already
    private static Claim paidByWorkersComp(Claim claim) {
        return claim.status() == ClaimStatus.RECEIVED && claim.header().payer().isWorkersCompensation()
                ? claim.payAtStateFeeSchedule() : claim;
    }

    // RULEBOOK §7.4: the patient pays the provider's cash price; a claim with no line left is DENIED already
    private static Claim selfPaid(Claim claim) {
        return claim.status() == ClaimStatus.RECEIVED && claim.header().payer().isSelfPay()
                ? claim.payAtCashRate() : claim;
    }

    // RULEBOOK §7.3 (decision 0074): auto PIP pays from its limit with no authorization of the health plan's, so the
    // claim goes straight to cost share; a claim with no line left is DENIED already
    private static Claim sentToAutoPip(Claim claim) {
        return claim.status() == ClaimStatus.RECEIVED && claim.header().payer().payer() == Payer.AUTO_PIP
                ? claim.startProcessing() : claim;
    }

    // a claim decided at intake (denied, paid by workers' comp, or self-paid) has its remittance as the answer, as for a visit
    // denied before cost share; an auto PIP claim asks benefits for the PIP ledger at once
    private Mono<Claim> store(Claim received, Claim next) {
        Mono<Void> stored = next == received ? claims.add(received)
                : claims.add(received).then(claims.recordTransition(ClaimStatus.RECEIVED, next));
        return stored.then(outbox.append(announcement(next), null)).thenReturn(next);
    }

    private static DomainEvent announcement(Claim claim) {
        if (claim.status().isTerminal()) {
            return ClaimEvents.claimAdjudicated(claim);
        }
        return claim.status() == ClaimStatus.IN_PROCESS ? ClaimEvents.costShareRequested(claim)
                : ClaimEvents.sessionBilled(claim);
    }
}

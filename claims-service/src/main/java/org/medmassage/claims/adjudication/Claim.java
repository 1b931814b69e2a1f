package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/**
 * The claim aggregate: one date of service of one member with one rendering provider, its priced lines, where it is
 * in the saga, once terminal its remittance and, once voided, why and when. Immutable: each transition returns the next claim or is refused.
 * Lines denied before cost share (CO-284 on a code the authorization lacks, PA-05 Example 6d) are kept from saga step
 * 3 to step 5, where they join benefits' decisions in the remittance.
 */
public final class Claim {

    private final ClaimHeader header;
    private final List<ClaimLine> lines;
    private final ClaimStatus status;
    private final Remittance remittance;
    private final Voiding voiding;
    private final List<UncoveredLine> deniedBeforeCostShare;
    private final Pend pend;

    private Claim(ClaimHeader header, List<ClaimLine> lines, ClaimStatus status, Remittance remittance,
            Voiding voiding, List<UncoveredLine> deniedBeforeCostShare, Pend pend) {
        this.header = Objects.requireNonNull(header, "header");
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.remittance = remittance;
        this.voiding = voiding;
        this.deniedBeforeCostShare = List.copyOf(deniedBeforeCostShare);
        this.pend = pend;
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one service line");
        }
        requireDiagnosisPointersInRange(header, this.lines);
        requireDenialsOnDistinctLines(this.lines, this.deniedBeforeCostShare);
        if ((status == ClaimStatus.PENDED) != (pend != null)) {
            throw new IllegalArgumentException("a claim has a pend reason exactly when it is pended: " + status);
        }
        if (sagaStep() == ClaimStatus.IN_PROCESS && this.deniedBeforeCostShare.size() == this.lines.size()) {
            throw new IllegalArgumentException("a claim in cost share has at least one line not denied");
        }
        if (status.isTerminal() != (remittance != null)) {
            throw new IllegalArgumentException("a claim has a remittance exactly when it is terminal: " + status);
        }
        if ((status == ClaimStatus.VOIDED) != (voiding != null)) {
            throw new IllegalArgumentException("a claim has a void reason exactly when it is voided: " + status);
        }
    }

    /** A newly accepted, priced claim (saga step 1). */
    public static Claim receive(ClaimHeader header, List<ClaimLine> lines) {
        return new Claim(header, lines, ClaimStatus.RECEIVED, null, null, List.of(), null);
    }

    /** Rebuilds a stored claim as it was; {@code voiding} is null unless it is VOIDED. */
    public static Claim restore(ClaimHeader header, List<ClaimLine> lines, ClaimStatus status, Remittance remittance,
            Voiding voiding) {
        return restore(header, lines, status, remittance, voiding, List.of());
    }

    /** Rebuilds a stored claim with the lines denied before cost share (PA-05, Example 6d). */
    public static Claim restore(ClaimHeader header, List<ClaimLine> lines, ClaimStatus status, Remittance remittance,
            Voiding voiding, List<UncoveredLine> deniedBeforeCostShare) {
        return new Claim(header, lines, status, remittance, voiding, deniedBeforeCostShare, null);
    }

    /** Rebuilds a stored claim that is PENDED ({@code pend} is null otherwise). */
    public static Claim restore(ClaimHeader header, List<ClaimLine> lines, ClaimStatus status,
            List<UncoveredLine> deniedBeforeCostShare, Pend pend) {
        return new Claim(header, lines, status, null, null, deniedBeforeCostShare, pend);
    }

    // 837P SV107: each line points at 1..n of the header's diagnosis codes.
    private static void requireDiagnosisPointersInRange(ClaimHeader header, List<ClaimLine> lines) {
        int codes = header.diagnosisCodes().size();
        lines.stream().flatMap(line -> line.diagnosisPointers().stream())
                .filter(pointer -> pointer < 1 || pointer > codes)
                .findFirst()
                .ifPresent(pointer -> {
                    throw new IllegalArgumentException("diagnosis pointer " + pointer + " is outside 1.." + codes);
                });
    }

    private static void requireDenialsOnDistinctLines(List<ClaimLine> lines, List<UncoveredLine> denials) {
        List<Integer> numbers = lines.stream().map(ClaimLine::lineNumber).toList();
        List<Integer> denied = denials.stream().map(UncoveredLine::lineNumber).toList();
        if (denied.stream().distinct().count() != denied.size() || !numbers.containsAll(denied)) {
            throw new IllegalArgumentException("lines denied before cost share " + denied
                    + " are not distinct lines of " + numbers);
        }
    }

    /**
     * Intake found lines that bill a service already on file ({@link DuplicateClaimPolicy}): they are denied OA-18
     * before authorization and cost share and kept like CO-284 lines. When every line is a duplicate the claim is
     * DENIED at once, so no visit is consumed and no accumulator touched. No duplicate leaves the claim as it is.
     */
    public Claim denyDuplicates(List<UncoveredLine> duplicates) {
        return denyAtIntake(duplicates);
    }

    /**
     * Intake denied lines on their own before authorization and cost share: OA-18 duplicates and the coding edits
     * (NCCI pairs CO-97/CO-236, medically unlikely units CO-151; RULEBOOK §5.2 step 0). They are kept like CO-284
     * lines and consume nothing; when every line is denied the claim is DENIED at once. No denial leaves the claim as
     * it is.
     */
    public Claim denyAtIntake(List<UncoveredLine> denials) {
        if (denials.isEmpty()) {
            return this;
        }
        if (status != ClaimStatus.RECEIVED || !deniedBeforeCostShare.isEmpty()) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, ClaimStatus.DENIED);
        }
        List<UncoveredLine> inLineOrder = denials.stream()
                .sorted(Comparator.comparingInt(UncoveredLine::lineNumber)).toList();
        if (inLineOrder.size() < lines.size()) {
            return new Claim(header, lines, ClaimStatus.RECEIVED, null, null, inLineOrder, null);
        }
        return new Claim(header, lines, ClaimStatus.DENIED, RemittanceAssembler.everyLineDenied(lines, inLineOrder),
                null, inLineOrder, null);
    }

    /**
     * Intake's edits after the duplicate check, e.g. MN-07 (CO-50 for lines billed for wellness diagnoses only): the
     * lines are denied before authorization and cost share and kept beside any OA-18 line, which keeps its own code.
     * When no line is left the claim is DENIED at once, like a claim of duplicates: no visit consumed, nothing posted.
     */
    public Claim denyBeforeCostShare(List<UncoveredLine> denials) {
        if (denials.isEmpty()) {
            return this;
        }
        if (status != ClaimStatus.RECEIVED) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, ClaimStatus.DENIED);
        }
        List<UncoveredLine> denied = withDeniedBeforeCostShare(denials);
        if (denied.size() < lines.size()) {
            return new Claim(header, lines, ClaimStatus.RECEIVED, null, null, denied, null);
        }
        List<UncoveredLine> inLineOrder = denied.stream()
                .sorted(Comparator.comparingInt(UncoveredLine::lineNumber)).toList();
        return new Claim(header, lines, ClaimStatus.DENIED, RemittanceAssembler.everyLineDenied(lines, inLineOrder),
                null, denied, null);
    }

    /**
     * The health plan is not the right payer for the injury ({@code PayerRouting}: CO-19 or CO-21 with N4): every line
     * is denied at intake for its full charge, so no visit is consumed and nothing posts to accumulators.
     */
    public Claim denyAsMisrouted(CodedRejection rejection) {
        return denyAtIntake(lines.stream().map(line -> new UncoveredLine(line.lineNumber(), rejection)).toList());
    }

    /**
     * A workers' comp claim is the carrier's, not the health plan's (RULEBOOK §7.2, decision 0068): it is decided at
     * intake at the state fee schedule it was priced by, with no authorization and no cost share; lines denied at
     * intake keep their denial. A claim whose every line was denied at intake is DENIED already.
     */
    public Claim payAtStateFeeSchedule() {
        if (status != ClaimStatus.RECEIVED || !header.payer().isWorkersCompensation()) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, ClaimStatus.PAID);
        }
        Remittance decided = InjuryEncounterRemarks.add(
                RemittanceAssembler.paidAtStateFeeSchedule(lines, deniedBeforeCostShare), lines,
                header.diagnosisCodes());
        return moveTo(decided.status(), decided);
    }

    /**
     * A self-pay claim is the patient's, not the health plan's (RULEBOOK §7.4, decision 0073): it is decided at intake
     * at the provider's cash rate it was priced by, with no authorization, no cost share and nothing posted to
     * accumulators; lines denied at intake keep their denial. A claim whose every line was denied is DENIED already.
     */
    public Claim payAtCashRate() {
        if (status != ClaimStatus.RECEIVED || !header.payer().isSelfPay()) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, ClaimStatus.PAID);
        }
        Remittance decided = RemittanceAssembler.paidAtCashRate(lines, deniedBeforeCostShare);
        return moveTo(decided.status(), decided);
    }

    /** VisitAuthorized: the visit may be cost-shared (saga step 3). */
    public Claim startProcessing() {
        return startProcessing(List.of(), null);
    }

    /**
     * VisitAuthorized naming billed codes the authorization does not cover (PA-05, Example 6d): their lines are denied
     * CO-284 now (provider liability) and only the others go to benefits. Authorization answers VisitNotAuthorized
     * when no billed code is authorized, so a claim left without a line for cost share is denied CO-284 at once.
     */
    public Claim startProcessing(Collection<String> codesNotAuthorized, String authorizationNumber) {
        return startProcessing(codesNotAuthorized, List.of(), authorizationNumber);
    }

    /** As above; the lines of codes billed without the referral the plan requires are denied CO-288 too (MN-01). */
    public Claim startProcessing(Collection<String> codesNotAuthorized, Collection<String> codesWithoutReferral,
            String authorizationNumber) {
        // lines denied at intake (OA-18 duplicates) keep their denial; authorization decided the others
        List<ClaimLine> open = linesForCostShare();
        List<UncoveredLine> withoutReferral = withoutReferral(codesWithoutReferral);
        if (!withoutReferral.isEmpty() && withoutReferral.size() == open.size()) {
            return moveTo(ClaimStatus.DENIED, RemittanceAssembler.everyLineDenied(lines, withDeniedBeforeCostShare(
                    withoutReferral).stream().sorted(Comparator.comparingInt(UncoveredLine::lineNumber)).toList()));
        }
        List<UncoveredLine> notAuthorized = open.stream()
                .filter(line -> !codesWithoutReferral.contains(line.procedureCode()))
                .filter(line -> codesNotAuthorized.contains(line.procedureCode()))
                .map(line -> new UncoveredLine(line.lineNumber(),
                        ClaimRejections.serviceNotAuthorized(line.procedureCode(), authorizationNumber)))
                .toList();
        if (!notAuthorized.isEmpty() && notAuthorized.size() + withoutReferral.size() == open.size()) {
            return moveTo(ClaimStatus.DENIED, RemittanceAssembler.visitDenied(lines,
                    ClaimRejections.serviceNotAuthorized(String.join(", ",
                            open.stream().map(ClaimLine::procedureCode)
                                    .filter(code -> !codesWithoutReferral.contains(code)).distinct().toList()),
                            authorizationNumber),
                    withDeniedBeforeCostShare(withoutReferral)));
        }
        if (!sagaStep().canMoveTo(ClaimStatus.IN_PROCESS)) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, ClaimStatus.IN_PROCESS);
        }
        return new Claim(header, lines, ClaimStatus.IN_PROCESS, null, null, withDeniedBeforeCostShare(
                Stream.concat(notAuthorized.stream(), withoutReferral.stream()).toList()), null);
    }

    /** MN-01: the open lines of codes billed without the referral the plan requires, each denied CO-288. */
    public List<UncoveredLine> withoutReferral(Collection<String> codes) {
        return linesForCostShare().stream()
                .filter(line -> codes.contains(line.procedureCode()))
                .map(line -> new UncoveredLine(line.lineNumber(),
                        ClaimRejections.referralAbsent(line.procedureCode(), header.dateOfService())))
                .toList();
    }

    /** The lines benefits is asked to share: all but those denied before cost share. */
    public List<ClaimLine> linesForCostShare() {
        List<Integer> denied = deniedBeforeCostShare.stream().map(UncoveredLine::lineNumber).toList();
        return lines.stream().filter(line -> !denied.contains(line.lineNumber())).toList();
    }

    public List<UncoveredLine> deniedBeforeCostShare() {
        return deniedBeforeCostShare;
    }

    /** CostShareApplied: every line covered with benefits' split (saga step 5). */
    public Claim adjudicate(List<CostShare> costShares) {
        return adjudicate(costShares, List.of());
    }

    /**
     * CostShareApplied with lines the plan does not cover (RULEBOOK §5.2 step 0): those are denied on their own and
     * the rest is paid, so the claim ends PARTIALLY_PAID; the visit was still used, so nothing gives it back.
     */
    public Claim adjudicate(List<CostShare> costShares, List<UncoveredLine> notCovered) {
        List<UncoveredLine> denied = withDeniedBeforeCostShare(notCovered);
        if (sagaStep() != ClaimStatus.IN_PROCESS) {
            ClaimStatus target = denied.isEmpty() ? ClaimStatus.PAID : ClaimStatus.PARTIALLY_PAID;
            throw new ClaimTransitionRefused(header.claimId().toString(), status, target);
        }
        // Example 6d: the CO-284 lines and benefits' lines together decide each claim line exactly once
        Remittance decided = InjuryEncounterRemarks.add(
                RemittanceAssembler.costShared(lines, header.networkTier(), costShares, denied), lines,
                header.diagnosisCodes());
        return moveTo(decided.status(), decided);
    }

    /** VisitNotAuthorized, BenefitLimitReached or CostShareDenied: the whole visit is denied for one reason. */
    public Claim denyVisit(CodedRejection rejection) {
        return denyVisit(rejection, List.of());
    }

    /**
     * BenefitLimitReached with lines the plan does not cover (RULEBOOK §5.2 step 0 before CS-06): those keep their own
     * denial, the covered lines carry the visit's; every line is denied, so the claim ends DENIED.
     */
    public Claim denyVisit(CodedRejection rejection, List<UncoveredLine> notCovered) {
        // lines denied CO-284 before cost share keep that code; benefits' reason covers only the lines it was asked for
        return moveTo(ClaimStatus.DENIED,
                RemittanceAssembler.visitDenied(lines, header.networkTier(), rejection,
                        withDeniedBeforeCostShare(notCovered)));
    }

    private List<UncoveredLine> withDeniedBeforeCostShare(List<UncoveredLine> notCovered) {
        return Stream.concat(deniedBeforeCostShare.stream(), notCovered.stream()).toList();
    }

    /**
     * CS-07: cancels an adjudicated claim (PAID, PARTIALLY_PAID or DENIED); the remittance stays as the record of what
     * was decided and reversed. Voiding a voided claim changes nothing: the first reason and time stand. A claim still
     * being adjudicated is refused: it has nothing to reverse yet.
     */
    public Claim voidWith(Voiding voiding) {
        Objects.requireNonNull(voiding, "voiding");
        if (status == ClaimStatus.VOIDED) {
            return this;
        }
        if (!status.canMoveTo(ClaimStatus.VOIDED)) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, ClaimStatus.VOIDED);
        }
        return new Claim(header, lines, ClaimStatus.VOIDED, remittance, voiding, deniedBeforeCostShare, null);
    }

    /**
     * The answer the claim waits for came and cannot be used (it does not decode, or its remittance would not balance):
     * the claim is PENDED with the reason, visibly, instead of waiting for good. Pending a pended claim changes nothing.
     */
    public Claim pend(String reason, Instant at) {
        if (status == ClaimStatus.PENDED) {
            return this;
        }
        if (!status.canMoveTo(ClaimStatus.PENDED)) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, ClaimStatus.PENDED);
        }
        return new Claim(header, lines, ClaimStatus.PENDED, null, null, deniedBeforeCostShare,
                new Pend(status, reason, at));
    }

    /** True while the saga waits for the answer of {@code step}, pended or not. */
    public boolean waitsFor(ClaimStatus step) {
        return !status.isTerminal() && sagaStep() == step;
    }

    // a pended claim moves on as the step it was pended in
    private ClaimStatus sagaStep() {
        return pend == null ? status : pend.step();
    }

    private Claim moveTo(ClaimStatus target, Remittance decided) {
        if (!sagaStep().canMoveTo(target)) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, target);
        }
        return new Claim(header, lines, target, decided, null, deniedBeforeCostShare, null);
    }

    public UUID id() {
        return header.claimId();
    }

    public ClaimHeader header() {
        return header;
    }

    public String memberId() {
        return header.memberId();
    }

    public LocalDate dateOfService() {
        return header.dateOfService();
    }

    public NetworkTier networkTier() {
        return header.networkTier();
    }

    public List<ClaimLine> lines() {
        return lines;
    }

    public ClaimStatus status() {
        return status;
    }

    public Optional<Remittance> remittance() {
        return Optional.ofNullable(remittance);
    }

    public Optional<Voiding> voiding() {
        return Optional.ofNullable(voiding);
    }

    public Optional<Pend> pend() {
        return Optional.ofNullable(pend);
    }

    public BigDecimal totalCharge() {
        return BalancingCheck.sum(lines.stream().map(ClaimLine::charge).toList());
    }

    /** What the claim was priced at until it is decided; afterwards what the remittance allowed. */
    public BigDecimal totalAllowed() {
        return remittance().map(Remittance::totalAllowed)
                .orElseGet(() -> BalancingCheck.sum(lines.stream().map(ClaimLine::allowed).toList()));
    }
}

package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.reason.CodedRejection;
import org.medmassage.events.NetworkTier;

/**
 * The claim aggregate: one date of service of one member with one rendering provider, its priced lines, where it is
 * in the saga, once terminal its remittance and, once voided, why and when. Immutable: each transition returns the next claim or is refused.
 */
public final class Claim {

    private final ClaimHeader header;
    private final List<ClaimLine> lines;
    private final ClaimStatus status;
    private final Remittance remittance;
    private final Voiding voiding;

    private Claim(ClaimHeader header, List<ClaimLine> lines, ClaimStatus status, Remittance remittance,
            Voiding voiding) {
        this.header = Objects.requireNonNull(header, "header");
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.remittance = remittance;
        this.voiding = voiding;
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one service line");
        }
        requireDiagnosisPointersInRange(header, this.lines);
        if (status.isTerminal() != (remittance != null)) {
            throw new IllegalArgumentException("a claim has a remittance exactly when it is terminal: " + status);
        }
        if ((status == ClaimStatus.VOIDED) != (voiding != null)) {
            throw new IllegalArgumentException("a claim has a void reason exactly when it is voided: " + status);
        }
    }

    /** A newly accepted, priced claim (saga step 1). */
    public static Claim receive(ClaimHeader header, List<ClaimLine> lines) {
        return new Claim(header, lines, ClaimStatus.RECEIVED, null, null);
    }

    /** Rebuilds a stored claim as it was; {@code voiding} is null unless it is VOIDED. */
    public static Claim restore(ClaimHeader header, List<ClaimLine> lines, ClaimStatus status, Remittance remittance,
            Voiding voiding) {
        return new Claim(header, lines, status, remittance, voiding);
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

    /** VisitAuthorized: the visit may be cost-shared (saga step 3). */
    public Claim startProcessing() {
        return moveTo(ClaimStatus.IN_PROCESS, null);
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
        if (status != ClaimStatus.IN_PROCESS) {
            ClaimStatus target = notCovered.isEmpty() ? ClaimStatus.PAID : ClaimStatus.PARTIALLY_PAID;
            throw new ClaimTransitionRefused(header.claimId().toString(), status, target);
        }
        Remittance decided = RemittanceAssembler.costShared(lines, header.networkTier(), costShares, notCovered);
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
        return moveTo(ClaimStatus.DENIED, RemittanceAssembler.visitDenied(lines, rejection, notCovered));
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
        return new Claim(header, lines, ClaimStatus.VOIDED, remittance, voiding);
    }

    private Claim moveTo(ClaimStatus target, Remittance decided) {
        if (!status.canMoveTo(target)) {
            throw new ClaimTransitionRefused(header.claimId().toString(), status, target);
        }
        return new Claim(header, lines, target, decided, null);
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

    public BigDecimal totalCharge() {
        return BalancingCheck.sum(lines.stream().map(ClaimLine::charge).toList());
    }

    /** What the claim was priced at until it is decided; afterwards what the remittance allowed. */
    public BigDecimal totalAllowed() {
        return remittance().map(Remittance::totalAllowed)
                .orElseGet(() -> BalancingCheck.sum(lines.stream().map(ClaimLine::allowed).toList()));
    }
}

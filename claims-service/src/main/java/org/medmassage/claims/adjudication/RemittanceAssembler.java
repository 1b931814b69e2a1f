package org.medmassage.claims.adjudication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/**
 * Builds the remittance of a claim from its priced lines and each line's decision (saga step 5, RULEBOOK §5.2, §8.2).
 * Covered lines get CO-45 (in network) or PR-45 (out-of-network balance bill), then PR-1, PR-3, PR-2; zero amounts are
 * omitted. Denied lines carry the full charge as one adjustment, so CO denials leave the patient owing nothing.
 */
public final class RemittanceAssembler {

    private RemittanceAssembler() {
    }

    /** Every line covered: benefits applied cost share to each (CostShareApplied). */
    public static Remittance costShared(List<ClaimLine> lines, NetworkTier tier, List<CostShare> costShares) {
        return costShared(lines, tier, costShares, List.of());
    }

    /**
     * CostShareApplied: benefits' split for the covered lines; the lines the plan does not cover are denied on their
     * own (RULEBOOK §5.2 step 0). Together they must name each of the claim's lines exactly once.
     */
    public static Remittance costShared(List<ClaimLine> lines, NetworkTier tier, List<CostShare> costShares,
            List<UncoveredLine> notCovered) {
        List<Integer> covered = costShares.stream().map(CostShare::lineNumber).toList();
        List<Integer> uncovered = notCovered.stream().map(UncoveredLine::lineNumber).toList();
        List<Integer> claimed = lines.stream().map(ClaimLine::lineNumber).sorted().toList();
        if (!Stream.concat(covered.stream(), uncovered.stream()).sorted().toList().equals(claimed)) {
            throw new UnbalancedRemittance(List.of("cost share lines " + covered + " and not-covered lines "
                    + uncovered + " do not match the claim's lines " + claimed));
        }
        Map<Integer, LineDecision> decisions = new HashMap<>();
        costShares.forEach(share -> decisions.put(share.lineNumber(), LineDecision.covered(share)));
        notCovered.forEach(line -> decisions.put(line.lineNumber(), LineDecision.denied(line.rejection())));
        return decided(lines, tier, decisions, null);
    }

    /**
     * A workers' comp claim (RULEBOOK §7.2, Example 10): the carrier pays each line's allowed amount, the state fee ×
     * units, in full; the rest of the charge is written off CO-45 whatever the provider's network (no balance bill)
     * and the worker owes nothing. Lines denied at intake keep their own denial.
     */
    public static Remittance paidAtStateFeeSchedule(List<ClaimLine> lines, List<UncoveredLine> deniedAtIntake) {
        List<Integer> denied = deniedAtIntake.stream().map(UncoveredLine::lineNumber).toList();
        List<CostShare> paidInFull = lines.stream().filter(line -> !denied.contains(line.lineNumber()))
                .map(line -> new CostShare(line.lineNumber(), Money.ZERO, Money.ZERO, Money.ZERO, line.allowed()))
                .toList();
        return costShared(lines, NetworkTier.IN_NETWORK, paidInFull, deniedAtIntake);
    }

    /**
     * A self-paid claim (RULEBOOK §7.4, decision 0073): no plan pays, so each line's allowed amount, the provider's cash
     * price, is the patient's (PR-204: no benefit plan applies to it, not the deductible, copay or coinsurance) and the
     * rest of the charge is the provider's self-pay discount, written off CO-45 (the charge exceeds the provider's own
     * cash fee schedule; the shipped code list has no discount code). Plan paid 0.00. Lines denied at intake keep their
     * own denial.
     */
    public static Remittance paidAtCashRate(List<ClaimLine> lines, List<UncoveredLine> deniedAtIntake) {
        Map<Integer, CodedRejection> denied = new HashMap<>();
        deniedAtIntake.forEach(line -> denied.put(line.lineNumber(), line.rejection()));
        return new Remittance(lines.stream()
                .map(line -> denied.containsKey(line.lineNumber())
                        ? denied(line, NetworkTier.IN_NETWORK, denied.get(line.lineNumber()))
                        : selfPaid(line))
                .toList(), null);
    }

    static RemittanceLine selfPaid(ClaimLine line) {
        List<ClaimAdjustment> adjustments = new ArrayList<>();
        addIfPositive(adjustments, AdjustmentGroup.CO, "45", line.charge().subtract(line.allowed()));
        addIfPositive(adjustments, AdjustmentGroup.PR, SELF_PAID_CARC, line.allowed());
        return new RemittanceLine(line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(),
                line.charge(), line.allowed(), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                patientTotal(adjustments), adjustments, List.of(), false);
    }

    /** PR-204 on a self-paid line: the cash price, owed by the patient because no benefit plan was billed. */
    public static final String SELF_PAID_CARC = "204";

    /** The whole visit denied for one reason (PA-05, CS-06, eligibility): every line carries it for its full charge. */
    public static Remittance visitDenied(List<ClaimLine> lines, CodedRejection rejection) {
        return visitDenied(lines, rejection, List.of());
    }

    /**
     * The visit denied for one reason except the lines the plan does not cover at all: "benefit exists" is checked
     * before the visit limit (RULEBOOK §5.2 step 0, CS-06), so those keep their own code (PR-204 N130, full charge) and
     * the visit's reason stays the one of the covered lines, which must leave at least one.
     */
    public static Remittance visitDenied(List<ClaimLine> lines, CodedRejection rejection,
            List<UncoveredLine> notCovered) {
        return visitDenied(lines, NetworkTier.IN_NETWORK, rejection, notCovered);
    }

    /** As above for a provider of that tier: a denial on the allowed amount keeps the tier's price difference group. */
    public static Remittance visitDenied(List<ClaimLine> lines, NetworkTier tier, CodedRejection rejection,
            List<UncoveredLine> notCovered) {
        Map<Integer, CodedRejection> own = ownDenials(lines, rejection, notCovered);
        return new Remittance(lines.stream()
                .map(line -> denied(line, tier, own.getOrDefault(line.lineNumber(), rejection)))
                .toList(), rejection.code() + ": " + rejection.reason());
    }

    /**
     * Every line denied on its own before any other step, e.g. each an OA-18 duplicate of another claim's line: the
     * visit's reason is the first line's.
     */
    public static Remittance everyLineDenied(List<ClaimLine> lines, List<UncoveredLine> denials) {
        Map<Integer, LineDecision> decisions = new HashMap<>();
        denials.forEach(line -> decisions.put(line.lineNumber(), LineDecision.denied(line.rejection())));
        CodedRejection first = denials.get(0).rejection();
        return decided(lines, null, decisions, first.code() + ": " + first.reason());
    }

    private static Map<Integer, CodedRejection> ownDenials(List<ClaimLine> lines, CodedRejection rejection,
            List<UncoveredLine> notCovered) {
        List<Integer> claimed = lines.stream().map(ClaimLine::lineNumber).sorted().toList();
        List<Integer> uncovered = notCovered.stream().map(UncoveredLine::lineNumber).sorted().toList();
        if (uncovered.stream().distinct().count() != uncovered.size() || !claimed.containsAll(uncovered)) {
            throw new UnbalancedRemittance(List.of("not-covered lines " + uncovered
                    + " are not distinct lines of the claim's lines " + claimed));
        }
        // benefits answers a visit with no covered line CostShareDenied, so this event contradicts itself
        if (!uncovered.isEmpty() && uncovered.size() == claimed.size()) {
            throw new UnbalancedRemittance(List.of("not-covered lines " + uncovered + " leave no covered line for "
                    + rejection.code()));
        }
        Map<Integer, CodedRejection> own = new HashMap<>();
        notCovered.forEach(line -> own.put(line.lineNumber(), line.rejection()));
        return own;
    }

    /** Line by line, e.g. CO-284 on a code the authorization does not cover while the other line is paid (6d). */
    public static Remittance decided(List<ClaimLine> lines, NetworkTier tier, Map<Integer, LineDecision> decisions,
            String visitDenialReason) {
        List<RemittanceLine> remitted = new ArrayList<>();
        for (ClaimLine line : lines) {
            LineDecision decision = decisions.get(line.lineNumber());
            if (decision == null) {
                throw new UnbalancedRemittance(List.of("no decision for line " + line.lineNumber()));
            }
            remitted.add(decision instanceof LineDecision.Covered covered
                    ? covered(line, tier, covered.costShare())
                    : denied(line, tier, ((LineDecision.Denied) decision).rejection()));
        }
        return new Remittance(remitted, visitDenialReason);
    }

    static RemittanceLine covered(ClaimLine line, NetworkTier tier, CostShare share) {
        if (share.total().compareTo(line.allowed()) != 0) {
            throw new UnbalancedRemittance(List.of("line " + line.lineNumber() + ": cost share adds up to "
                    + share.total() + " but allowed is " + line.allowed()));
        }
        List<ClaimAdjustment> adjustments = new ArrayList<>();
        addIfPositive(adjustments, priceDifference(tier), "45", line.charge().subtract(line.allowed()));
        addIfPositive(adjustments, AdjustmentGroup.PR, "1", share.deductible());
        addIfPositive(adjustments, AdjustmentGroup.PR, "3", share.copay());
        addIfPositive(adjustments, AdjustmentGroup.PR, "2", share.coinsurance());
        // RULEBOOK §7.3: the primary payer's payment on a secondary claim (OA-23); PIP's limit reached (PR-119)
        addIfPositive(adjustments, AdjustmentGroup.OA, "23", share.priorPayerPaid());
        addIfPositive(adjustments, AdjustmentGroup.PR, "119", share.overLimit());
        return new RemittanceLine(line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(),
                line.charge(), line.allowed(), share.deductible(), share.copay(), share.coinsurance(), share.planPaid(),
                patientTotal(adjustments), adjustments, List.of(), false);
    }

    // CO-45 is the in-network write-off; out of network the same difference is the balance bill (PR-45), also when
    // the allowed amount itself is denied (CS-06 basis ALLOWED over the visit limit): the member owes both
    private static AdjustmentGroup priceDifference(NetworkTier tier) {
        return tier == NetworkTier.OUT_OF_NETWORK ? AdjustmentGroup.PR : AdjustmentGroup.CO;
    }

    static RemittanceLine denied(ClaimLine line, NetworkTier tier, CodedRejection rejection) {
        List<ClaimAdjustment> adjustments = new ArrayList<>();
        if (rejection.onAllowedAmount()) {
            addIfPositive(adjustments, priceDifference(tier), "45", line.charge().subtract(line.allowed()));
            addIfPositive(adjustments, rejection.group(), rejection.carc(), line.allowed());
        } else {
            addIfPositive(adjustments, rejection.group(), rejection.carc(), line.charge());
        }
        return new RemittanceLine(line.lineNumber(), line.procedureCode(), line.modifiers(), line.units(),
                line.charge(), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                patientTotal(adjustments), adjustments, rejection.remarkCode().stream().toList(), true);
    }

    private static void addIfPositive(List<ClaimAdjustment> adjustments, AdjustmentGroup group, String carc,
            BigDecimal amount) {
        if (Money.isPositive(amount)) {
            adjustments.add(new ClaimAdjustment(group, carc, amount));
        }
    }

    private static BigDecimal patientTotal(List<ClaimAdjustment> adjustments) {
        return adjustments.stream().filter(ClaimAdjustment::isPatientResponsibility)
                .map(ClaimAdjustment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}

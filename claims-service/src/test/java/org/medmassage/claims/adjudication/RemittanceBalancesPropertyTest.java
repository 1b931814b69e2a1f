package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.era.ClaimPaymentAdvice;
import org.medmassage.claims.era.RemittanceAdvices;
import org.medmassage.claims.explanation.CodeExplanations;
import org.medmassage.claims.explanation.EobAmounts;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.medmassage.claims.reason.ClaimRejections;
import org.medmassage.codesets.WellnessRedFlags;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

/**
 * Issue 13 item 9, FMT-01 over thousands of generated claims: each one walks the claim saga on the real aggregate
 * ({@link Claim#denyDuplicates}, {@link Claim#denyBeforeCostShare}, {@link Claim#startProcessing},
 * {@link Claim#adjudicate}, {@link Claim#denyVisit}) with the answers the other services would send — OA-18 duplicates
 * and MN-07 wellness-only lines (CO-50, {@link WellnessDiagnosisPolicy}) at intake, VisitNotAuthorized or codes the
 * authorization lacks (CO-284), eligibility (CO-26/27), PR-204 lines or a whole visit, PR-119 on the billed or the
 * allowed amount, and cost shares computed the way benefits-service's CostShareCalculator computes them (CS-01:
 * deductible, per-visit copay on the first lines, coinsurance rounded HALF_UP per line, the OOP cap), in and out of
 * network. Every remittance must balance per line and per claim (charge − Σ CAS = paid, patient = Σ PR), as the 835
 * (CLP03 − Σ CAS = CLP04, CLP05 = Σ PR, and its reversal) and as the member's EOB (FMT-02), and pay and charge the
 * patient what the answers said.
 *
 * <p>The seed is printed; replay a failure with {@code -Dremittance.seed=<seed>} ({@code -Dremittance.cases=<n>} for
 * more cases).
 */
class RemittanceBalancesPropertyTest {

    private static final int DEFAULT_CASES = 10_000;
    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    private static final List<String> CODES = List.of("97124", "97140", "97530", "97112", "97110", "97012", "98940");
    private static final List<BigDecimal> COINSURANCE = List.of(pct("0"), pct("10"), pct("20"), pct("25"),
            pct("30"), pct("40"), pct("50"), pct("12.5"), pct("33.333"), pct("100"));
    private static final List<String> WELLNESS = List.of("Z73.3", "R53.83", "Z00.00");
    private static final WellnessDiagnosisPolicy WELLNESS_POLICY =
            new WellnessDiagnosisPolicy(new WellnessRedFlags(WELLNESS));
    private static final List<CodedRejection> NOT_AUTHORIZED = List.of(
            ClaimRejections.noAuthorization("N54", "no authorization on file"),
            new CodedRejection(AdjustmentGroup.CO, "198", "N54", "every approved visit used"),
            new CodedRejection(AdjustmentGroup.CO, "15", "M62", "authorization A123 does not apply to this date"),
            new CodedRejection(AdjustmentGroup.CO, "296", "N54", "authorization issued to another provider"));
    private static final List<CodedRejection> INELIGIBLE = List.of(
            new CodedRejection(AdjustmentGroup.CO, "27", null, "no coverage on file for the member"),
            new CodedRejection(AdjustmentGroup.CO, "26", null, "date of service is before coverage starts"));

    @Test
    void every_generated_remittance_balances_per_line_and_per_claim_and_the_patient_owes_the_sum_of_PR() {
        long seed = Long.getLong("remittance.seed", System.nanoTime());
        int cases = Integer.getInteger("remittance.cases", DEFAULT_CASES);
        System.out.println("RemittanceBalancesPropertyTest seed=" + seed + " cases=" + cases
                + " (replay: -Dremittance.seed=" + seed + ")");
        Random random = new Random(seed);
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        long started = System.nanoTime();

        for (int i = 0; i < cases; i++) {
            Scenario scenario = new Scenario(random);
            String replay = "seed " + seed + ", case " + i + ": " + scenario.story;
            Claim decided;
            try {
                decided = scenario.run();
            } catch (RuntimeException e) {
                throw new AssertionError(replay, e);
            }
            assertDecidedAsAnswered(decided, scenario, replay);
            outcomes.merge(decided.status() + " " + scenario.path, 1, Integer::sum);
        }

        System.out.println("RemittanceBalancesPropertyTest " + cases + " claims in "
                + (System.nanoTime() - started) / 1_000_000 + " ms: " + outcomes);
        // the generator reaches every way a claim ends, so a path left out would show here
        assertThat(outcomes.keySet()).anyMatch(key -> key.startsWith("PAID"))
                .anyMatch(key -> key.startsWith("PARTIALLY_PAID"))
                .anyMatch(key -> key.startsWith("DENIED"));
    }

    private static void assertDecidedAsAnswered(Claim claim, Scenario scenario, String replay) {
        Checks check = new Checks();
        Remittance remittance = claim.remittance().orElseThrow(() -> new AssertionError(replay + ": not decided"));
        assertFmt01(check, remittance);
        assertAsAnswered(check, claim, remittance, scenario);
        assertAdvice(check, RemittanceAdvices.original(claim, DOS), 1, "835");
        assertAdvice(check, RemittanceAdvices.reversal(claim.voidWith(new Voiding("generated", Instant.EPOCH)), DOS),
                -1, "835 reversal");
        assertEob(check, ExplanationOfBenefits.of(claim, "Calm Hands Massage", DOS), remittance);
        check.done(replay);
    }

    // FMT-01 restated on the remittance: per line SVC02 − Σ CAS = SVC03 and patient = Σ PR; per claim the same totals
    private static void assertFmt01(Checks check, Remittance remittance) {
        BigDecimal adjustedOnClaim = Money.ZERO;
        BigDecimal prOnClaim = Money.ZERO;
        for (RemittanceLine line : remittance.lines()) {
            int n = line.lineNumber();
            BigDecimal adjusted = sum(line.adjustments(), adjustment -> true);
            BigDecimal pr = sum(line.adjustments(), ClaimAdjustment::isPatientResponsibility);
            check.same(line.charge().subtract(adjusted), line.planPaid(), () -> "line " + n + ": charge − Σ CAS = paid");
            check.same(line.patientResponsibility(), pr, () -> "line " + n + ": patient = Σ PR");
            check.that(line.planPaid().signum() >= 0, () -> "line " + n + ": paid ≥ 0");
            check.that(line.adjustments().stream().allMatch(a -> a.amount().signum() > 0 && a.amount().scale() == 2),
                    () -> "line " + n + ": CAS amounts positive, scale 2: " + line.adjustments());
            check.that(Stream.of(line.charge(), line.allowed(), line.planPaid(), line.patientResponsibility())
                    .allMatch(amount -> amount.scale() == 2), () -> "line " + n + ": money at scale 2: " + line);
            adjustedOnClaim = adjustedOnClaim.add(adjusted);
            prOnClaim = prOnClaim.add(pr);
        }
        check.same(remittance.totalCharge().subtract(adjustedOnClaim), remittance.planPaid(),
                () -> "claim: CLP03 − Σ CAS = CLP04");
        check.same(remittance.patientResponsibility(), prOnClaim, () -> "claim: CLP05 = Σ PR");
        List<String> violations = BalancingCheck.violations(remittance.lines());
        check.that(violations.isEmpty(), () -> "BalancingCheck: " + violations);
    }

    // what the answers decided: paid = Σ plan paid of the covered lines, patient = their shares + PR-45 + PR denials
    // (+ PR-45 beside a denial on the allowed amount out of network)
    private static void assertAsAnswered(Checks check, Claim claim, Remittance remittance, Scenario scenario) {
        BigDecimal expectedPaid = Money.ZERO;
        BigDecimal expectedPatient = Money.ZERO;
        int denied = 0;
        for (RemittanceLine line : remittance.lines()) {
            int n = line.lineNumber();
            ClaimLine billed = scenario.line(n);
            Object decision = scenario.decisions.get(n);
            check.that(decision != null, () -> "line " + n + ": not decided by the scenario");
            if (decision instanceof CostShare share) {
                check.that(!line.denied(), () -> "line " + n + ": covered, yet denied");
                check.that(List.of(line.deductible(), line.copay(), line.coinsurance(), line.planPaid()).equals(
                        List.of(share.deductible(), share.copay(), share.coinsurance(), share.planPaid())),
                        () -> "line " + n + ": benefits' split " + share + " became " + line);
                check.same(line.allowed(), billed.allowed(), () -> "line " + n + ": allowed");
                BigDecimal balanceBill = claim.networkTier() == NetworkTier.IN_NETWORK ? Money.ZERO
                        : billed.charge().subtract(billed.allowed());
                expectedPaid = expectedPaid.add(share.planPaid());
                expectedPatient = expectedPatient.add(share.patientShare()).add(balanceBill);
            } else if (decision instanceof CodedRejection rejection) {
                denied++;
                check.that(line.denied(), () -> "line " + n + ": " + rejection.code() + ", yet not denied");
                check.same(line.planPaid(), Money.ZERO, () -> "line " + n + ": denied pays nothing");
                BigDecimal base = denialBase(billed, rejection);
                List<ClaimAdjustment> carried = line.adjustments().stream()
                        .filter(a -> a.group() == rejection.group() && a.carc().equals(rejection.carc())).toList();
                check.that(carried.equals(Money.isPositive(base)
                        ? List.of(new ClaimAdjustment(rejection.group(), rejection.carc(), base)) : List.of()),
                        () -> "line " + n + ": carries " + rejection.code() + " for " + base + ": " + line.adjustments());
                if (rejection.group() == AdjustmentGroup.PR) {
                    expectedPatient = expectedPatient.add(base);
                }
                // denied on the allowed amount out of network: the price difference stays the balance bill (PR-45)
                if (rejection.onAllowedAmount() && claim.networkTier() == NetworkTier.OUT_OF_NETWORK) {
                    expectedPatient = expectedPatient.add(billed.charge().subtract(billed.allowed()));
                }
            }
        }
        check.same(remittance.planPaid(), expectedPaid, () -> "claim: plan paid as benefits answered");
        check.same(remittance.patientResponsibility(), expectedPatient, () -> "claim: patient owes as answered");
        ClaimStatus expected = denied == 0 ? ClaimStatus.PAID
                : denied == remittance.lines().size() ? ClaimStatus.DENIED : ClaimStatus.PARTIALLY_PAID;
        check.that(claim.status() == expected, () -> "claim: status " + claim.status() + ", expected " + expected);
        check.same(remittance.totalCharge(), claim.totalCharge(), () -> "claim: CLP03 = the billed charges");
    }

    private static BigDecimal denialBase(ClaimLine line, CodedRejection rejection) {
        return rejection.onAllowedAmount() ? line.allowed() : line.charge();
    }

    private static void assertAdvice(Checks check, ClaimPaymentAdvice advice, int sign, String which) {
        BigDecimal cas = Money.ZERO;
        BigDecimal pr = Money.ZERO;
        for (ClaimPaymentAdvice.ServicePayment service : advice.services()) {
            BigDecimal lineCas = service.cas().stream().map(ClaimPaymentAdvice.Cas::amount)
                    .reduce(Money.ZERO, BigDecimal::add);
            check.same(service.svc().charge().subtract(lineCas), service.svc().paid(),
                    () -> which + " SVC " + service.lineItemControlNumber() + ": SVC02 − Σ CAS = SVC03");
            check.that(service.svc().charge().signum() != -sign, () -> which + ": charge with the wrong sign");
            cas = cas.add(lineCas);
            pr = pr.add(service.cas().stream().filter(c -> c.group().equals("PR"))
                    .map(ClaimPaymentAdvice.Cas::amount).reduce(Money.ZERO, BigDecimal::add));
        }
        check.same(advice.clp().charge().subtract(cas), advice.clp().payment(), () -> which + ": CLP03 − Σ CAS = CLP04");
        check.same(advice.clp().patientResponsibility(), pr, () -> which + ": CLP05 = Σ PR");
    }

    // FMT-02: billed = plan discount + not billable to you + plan paid + you owe, per service and in total
    private static void assertEob(Checks check, ExplanationOfBenefits eob, Remittance remittance) {
        for (ExplanationOfBenefits.Service service : eob.services()) {
            assertEobAdds(check, service.amounts(), "EOB service " + service.lineNumber());
            check.that(service.codes().stream().allMatch(CodeExplanations::explains),
                    () -> "EOB service " + service.lineNumber() + ": a code not worded for the member in "
                            + service.codes());
        }
        assertEobAdds(check, eob.totals(), "EOB totals");
        check.same(eob.totals().youOwe(), remittance.patientResponsibility(), () -> "EOB you owe = CLP05");
        check.same(eob.totals().planPaid(), remittance.planPaid(), () -> "EOB plan paid = CLP04");
    }

    private static void assertEobAdds(Checks check, EobAmounts amounts, String which) {
        check.same(amounts.planDiscount().add(amounts.notBillableToYou()).add(amounts.planPaid()).add(amounts.youOwe()),
                amounts.billed(), () -> which + ": billed = discount + not billable + paid + you owe");
    }

    /** The failed checks of one claim, reported together with how to replay it; messages are built only on failure. */
    private static final class Checks {

        private final List<String> failures = new ArrayList<>();

        void that(boolean holds, Supplier<String> what) {
            if (!holds) {
                failures.add(what.get());
            }
        }

        void same(BigDecimal actual, BigDecimal expected, Supplier<String> what) {
            that(actual.compareTo(expected) == 0, () -> what.get() + ": " + actual + " ≠ " + expected);
        }

        void done(String replay) {
            if (!failures.isEmpty()) {
                throw new AssertionError(replay + "\n  " + String.join("\n  ", failures));
            }
        }
    }

    private static BigDecimal sum(List<ClaimAdjustment> adjustments, Predicate<ClaimAdjustment> which) {
        return adjustments.stream().filter(which).map(ClaimAdjustment::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static BigDecimal pct(String percent) {
        return new BigDecimal(percent);
    }

    /**
     * One generated claim and the answers it gets, step by step as the saga asks: intake's duplicate check,
     * authorization, benefits. {@code decisions} is what each line should end as (a CostShare or a CodedRejection).
     */
    private static final class Scenario {

        private final Random random;
        private final NetworkTier tier;
        private final List<String> diagnoses;
        private final List<ClaimLine> lines;
        private final Map<Integer, Object> decisions = new HashMap<>();
        private final StringBuilder story = new StringBuilder();
        private String path = "";

        Scenario(Random random) {
            this.random = random;
            this.tier = random.nextInt(10) < 7 ? NetworkTier.IN_NETWORK : NetworkTier.OUT_OF_NETWORK;
            this.diagnoses = diagnoses();
            this.lines = lines();
            story.append(tier).append(' ').append(diagnoses).append(' ').append(lines.stream()
                    .map(l -> l.lineNumber() + ":" + l.procedureCode() + "x" + l.units() + " " + l.charge() + "/"
                            + l.allowed() + "→" + l.diagnosisPointers()).toList());
        }

        ClaimLine line(int number) {
            return lines.stream().filter(line -> line.lineNumber() == number).findFirst().orElseThrow();
        }

        Claim run() {
            Claim claim = Claim.receive(new ClaimHeader(UUID.randomUUID(), "M-1001", "A123", "1234567893", tier, DOS,
                    "11", diagnoses), lines);
            claim = intake(claim);
            if (claim.status() == ClaimStatus.DENIED) {
                return claim;
            }
            claim = authorization(claim);
            if (claim.status() == ClaimStatus.DENIED) {
                return claim;
            }
            return benefits(claim);
        }

        // issue 13 item 2: some or all lines repeat a line on file (OA-18)
        private Claim intake(Claim received) {
            Claim afterDuplicates = duplicates(received);
            if (afterDuplicates.status() != ClaimStatus.RECEIVED) {
                return afterDuplicates;
            }
            // MN-07 on the lines left, by the real policy; the expectation is restated from the pointers here
            for (ClaimLine line : afterDuplicates.linesForCostShare()) {
                List<String> pointed = line.diagnosisPointers().stream().map(p -> diagnoses.get(p - 1)).toList();
                if (WELLNESS.containsAll(pointed)) {
                    decisions.put(line.lineNumber(), ClaimRejections.notMedicallyNecessary(line.procedureCode(),
                            pointed.stream().distinct().toList()));
                }
            }
            List<UncoveredLine> wellness = WELLNESS_POLICY.notMedicallyNecessary(afterDuplicates);
            List<Integer> expected = decisions.entrySet().stream()
                    .filter(d -> d.getValue() instanceof CodedRejection r && r.carc().equals("50"))
                    .map(Map.Entry::getKey).sorted().toList();
            if (!wellness.stream().map(UncoveredLine::lineNumber).toList().equals(expected)) {
                throw new AssertionError("MN-07 denied " + wellness + ", expected lines " + expected);
            }
            if (!wellness.isEmpty()) {
                step("CO-50 on " + wellness.stream().map(UncoveredLine::lineNumber).toList());
            }
            return afterDuplicates.denyBeforeCostShare(wellness);
        }

        private Claim duplicates(Claim received) {
            if (random.nextInt(100) >= 15) {
                return received;
            }
            List<UncoveredLine> duplicates = new ArrayList<>();
            for (ClaimLine line : someOf(received.lines(), false)) {
                CodedRejection oa18 = ClaimRejections.exactDuplicate(line.procedureCode(), line.units(),
                        UUID.randomUUID(), line.lineNumber(), DOS);
                duplicates.add(new UncoveredLine(line.lineNumber(), oa18));
                decisions.put(line.lineNumber(), oa18);
            }
            step("OA-18 on " + duplicates.stream().map(UncoveredLine::lineNumber).toList());
            return received.denyDuplicates(duplicates);
        }

        // PA-05: VisitNotAuthorized, or VisitAuthorized naming the codes it lacks (CO-284, all of them possibly)
        private Claim authorization(Claim received) {
            List<ClaimLine> open = received.linesForCostShare();
            if (random.nextInt(100) < 8) {
                CodedRejection rejection = NOT_AUTHORIZED.get(random.nextInt(NOT_AUTHORIZED.size()));
                open.forEach(line -> decisions.put(line.lineNumber(), rejection));
                step("VisitNotAuthorized " + rejection.code());
                return received.denyVisit(rejection);
            }
            List<String> notAuthorized = random.nextInt(100) < 15
                    ? someOf(open, false).stream().map(ClaimLine::procedureCode).toList() : List.of();
            if (!notAuthorized.isEmpty()) {
                step("CO-284 for " + notAuthorized);
                CodedRejection co284 = ClaimRejections.serviceNotAuthorized(String.join(", ", notAuthorized), "A123");
                open.stream().filter(line -> notAuthorized.contains(line.procedureCode()))
                        .forEach(line -> decisions.put(line.lineNumber(), co284));
            }
            return received.startProcessing(notAuthorized, "A123");
        }

        // saga step 4 as benefits-service answers it (BenefitAdjudicator): eligibility, covered codes, visit limit, CS-01
        private Claim benefits(Claim inProcess) {
            List<ClaimLine> asked = inProcess.linesForCostShare();
            if (random.nextInt(100) < 5) {
                CodedRejection rejection = INELIGIBLE.get(random.nextInt(INELIGIBLE.size()));
                asked.forEach(line -> decisions.put(line.lineNumber(), rejection));
                step("CostShareDenied " + rejection.code());
                return inProcess.denyVisit(rejection);
            }
            List<ClaimLine> uncoveredLines = random.nextInt(100) < 20 ? someOf(asked, true) : List.of();
            List<UncoveredLine> notCovered = new ArrayList<>();
            for (ClaimLine line : uncoveredLines) {
                CodedRejection pr204 = new CodedRejection(AdjustmentGroup.PR, "204", "N130",
                        line.procedureCode() + " is not a covered service under plan GOLD-PPO");
                notCovered.add(new UncoveredLine(line.lineNumber(), pr204));
                decisions.put(line.lineNumber(), pr204);
            }
            List<ClaimLine> covered = asked.stream().filter(line -> !uncoveredLines.contains(line)).toList();
            if (covered.isEmpty()) {
                CodedRejection pr204 = new CodedRejection(AdjustmentGroup.PR, "204", "N130",
                        "none of the billed codes is a covered service under plan GOLD-PPO");
                asked.forEach(line -> decisions.put(line.lineNumber(), pr204));
                step("CostShareDenied PR-204");
                return inProcess.denyVisit(pr204);
            }
            if (!notCovered.isEmpty()) {
                step("PR-204 on " + notCovered.stream().map(UncoveredLine::lineNumber).toList());
            }
            if (random.nextInt(100) < 10) {
                boolean onAllowed = random.nextBoolean();
                CodedRejection limit = onAllowed
                        ? ClaimRejections.benefitLimitReachedOnAllowed("visit limit reached: 20 of 20 visits used")
                        : ClaimRejections.benefitLimitReached("visit limit reached: 20 of 20 visits used");
                covered.forEach(line -> decisions.put(line.lineNumber(), limit));
                step("BenefitLimitReached basis " + (onAllowed ? "ALLOWED" : "BILLED"));
                return inProcess.denyVisit(limit, notCovered);
            }
            List<CostShare> shares = new BenefitsCostShare(random).calculate(covered);
            shares.forEach(share -> decisions.put(share.lineNumber(), share));
            step("CostShareApplied " + shares);
            return inProcess.adjudicate(shares, notCovered);
        }

        private void step(String what) {
            story.append(" → ").append(what);
            path = path + (path.isEmpty() ? "" : " ") + what.replaceAll(" (on|for|basis) .*", "")
                    .replaceAll("CostShareApplied.*", "CostShareApplied");
        }

        // 1..4 lines of distinct codes, units 1..6; allowed = fee × units, charge ≥ allowed (sometimes equal or 0)
        private List<ClaimLine> lines() {
            List<String> codes = new ArrayList<>(CODES);
            Collections.shuffle(codes, random);
            int count = 1 + random.nextInt(4);
            List<ClaimLine> generated = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                int units = 1 + random.nextInt(6);
                BigDecimal fee = random.nextInt(50) == 0 ? Money.ZERO : cents(500, 7_500);
                BigDecimal allowed = Money.times(fee, units);
                int markup = random.nextInt(10);
                BigDecimal charge = markup < 2 ? allowed : allowed.add(cents(1, 1 + allowed.movePointRight(2)
                        .intValue() * 2 + 5_000));
                generated.add(new ClaimLine(n, codes.get(n - 1), List.of("GP"), units, charge, allowed, pointers()));
            }
            return generated;
        }

        // mostly a supporting diagnosis alone; sometimes wellness codes (MN-07), alone or beside supporting ones
        private List<String> diagnoses() {
            if (random.nextInt(100) >= 20) {
                return List.of("M54.50");
            }
            List<String> pool = new ArrayList<>(List.of("Z73.3", "R53.83", "Z00.00", "M54.50", "M62.830", "M54.2"));
            Collections.shuffle(pool, random);
            return List.copyOf(pool.subList(0, 1 + random.nextInt(3)));
        }

        // 1..n distinct 1-based pointers into the claim's diagnoses (837P SV107)
        private List<Integer> pointers() {
            List<Integer> all = new ArrayList<>();
            for (int p = 1; p <= diagnoses.size(); p++) {
                all.add(p);
            }
            Collections.shuffle(all, random);
            return List.copyOf(all.subList(0, 1 + random.nextInt(all.size())));
        }

        // a non-empty random subset; {@code proper}: leaves at least one out when there is more than one
        private List<ClaimLine> someOf(List<ClaimLine> from, boolean proper) {
            List<ClaimLine> chosen = new ArrayList<>();
            for (ClaimLine line : from) {
                if (random.nextBoolean()) {
                    chosen.add(line);
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(from.get(random.nextInt(from.size())));
            }
            if (proper && chosen.size() == from.size() && from.size() > 1 && random.nextInt(4) > 0) {
                chosen.remove(random.nextInt(chosen.size()));
            }
            return chosen;
        }

        private BigDecimal cents(int fromInclusive, int toExclusive) {
            return BigDecimal.valueOf(fromInclusive + random.nextInt(toExclusive - fromInclusive), 2);
        }
    }

    /**
     * benefits-service's CostShareCalculator (CS-01 steps 2–6) restated for the test, with generated plan terms and
     * accumulator states: the deductible remaining (met, partly met, unmet, or waived for rehab), a per-visit copay
     * taken before or after the deductible, the coinsurance percent, and the out-of-pocket remainder (none, reached,
     * or reached inside the claim). Each line sees what the previous one left (step 7).
     */
    private static final class BenefitsCostShare {

        private BigDecimal deductibleLeft;
        private BigDecimal outOfPocketLeft;
        private BigDecimal copayLeft;
        private final boolean copayFirst;
        private final BigDecimal coinsurancePercent;

        BenefitsCostShare(Random random) {
            deductibleLeft = switch (random.nextInt(4)) {
                case 0 -> Money.ZERO;
                case 1 -> BigDecimal.valueOf(random.nextInt(20_000), 2);
                case 2 -> BigDecimal.valueOf(random.nextInt(300_000), 2);
                default -> new BigDecimal("1700.00");
            };
            outOfPocketLeft = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> Money.ZERO;
                case 2 -> BigDecimal.valueOf(random.nextInt(5_000), 2);
                default -> BigDecimal.valueOf(random.nextInt(1_060_000), 2);
            };
            copayLeft = List.of("0.00", "0.00", "10.00", "20.00", "30.00", "45.00", "12.34")
                    .stream().map(BigDecimal::new).toList().get(random.nextInt(7));
            copayFirst = random.nextInt(4) == 0;
            coinsurancePercent = COINSURANCE.get(random.nextInt(COINSURANCE.size()));
        }

        List<CostShare> calculate(List<ClaimLine> covered) {
            List<CostShare> shares = new ArrayList<>();
            for (ClaimLine line : covered) {
                BigDecimal allowed = line.allowed();
                BigDecimal deductible;
                BigDecimal copay;
                if (copayFirst) {
                    copay = Money.min(copayLeft, allowed);
                    deductible = Money.min(allowed.subtract(copay), deductibleLeft);
                } else {
                    deductible = Money.min(allowed, deductibleLeft);
                    copay = Money.min(copayLeft, allowed.subtract(deductible));
                }
                BigDecimal coinsurance = allowed.subtract(deductible).subtract(copay).multiply(coinsurancePercent)
                        .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
                if (outOfPocketLeft != null) {
                    BigDecimal excess = deductible.add(copay).add(coinsurance).subtract(outOfPocketLeft)
                            .max(Money.ZERO);
                    BigDecimal coinsuranceCut = Money.min(excess, coinsurance);
                    BigDecimal copayCut = Money.min(excess.subtract(coinsuranceCut), copay);
                    BigDecimal deductibleCut = Money.min(excess.subtract(coinsuranceCut).subtract(copayCut),
                            deductible);
                    coinsurance = coinsurance.subtract(coinsuranceCut);
                    copay = copay.subtract(copayCut);
                    deductible = deductible.subtract(deductibleCut);
                }
                BigDecimal planPaid = allowed.subtract(deductible).subtract(copay).subtract(coinsurance);
                shares.add(new CostShare(line.lineNumber(), deductible, copay, coinsurance, planPaid));
                deductibleLeft = Money.floorAtZero(deductibleLeft.subtract(deductible));
                if (outOfPocketLeft != null) {
                    outOfPocketLeft = Money.floorAtZero(
                            outOfPocketLeft.subtract(deductible).subtract(copay).subtract(coinsurance));
                }
                copayLeft = copayLeft.subtract(copay);
            }
            return shares;
        }
    }
}

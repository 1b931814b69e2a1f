package org.medmassage.benefits.accumulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.medmassage.benefits.costshare.Adjudication;
import org.medmassage.benefits.costshare.AllowedLine;
import org.medmassage.benefits.costshare.BenefitAdjudicator;
import org.medmassage.benefits.costshare.CostShareRequest;
import org.medmassage.benefits.costshare.LineShare;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.benefits.coverage.Relationship;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.CostShareRules;
import org.medmassage.benefits.plan.FamilyDeductible;
import org.medmassage.benefits.plan.PlanYear;
import org.medmassage.benefits.plan.TierTerms;
import org.medmassage.benefits.plan.VisitBenefit;
import org.medmassage.codesets.money.Money;
import org.medmassage.events.NetworkTier;

/**
 * Property test with seeded randomness (reproducible: the failing seed is in the message): random plans, families and
 * sequences of claims, voids and re-processings (CS-07). After every step, for every member, plan year (CS-03) and
 * tier: balances are never negative, never above the maximums (CS-01, CS-04, CS-06), and equal the ledger sums.
 */
class AccumulatorPropertyTest {

    private static final int SEQUENCES = 400;
    private static final LocalDate FIRST_DOS = LocalDate.parse("2025-11-01");
    private static final List<PlanYear> YEARS = List.of(
            PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2025-06-01")),
            PlanYear.containing(MonthDay.of(1, 1), LocalDate.parse("2026-06-01")));

    private final BenefitAdjudicator adjudicator = new BenefitAdjudicator();

    @Test
    void random_claim_sequences_keep_every_balance_within_its_bounds_and_equal_to_the_ledger() {
        for (long seed = 1; seed <= SEQUENCES; seed++) {
            new Sequence(new Random(seed), seed).run();
        }
    }

    private final class Sequence {
        private final Random random;
        private final long seed;
        private final BenefitPlan plan;
        private final List<Coverage> family = new ArrayList<>();
        private final Map<String, List<Posting>> postings = new HashMap<>();
        private final Map<String, List<VisitPosting>> visits = new HashMap<>();
        private final Map<String, CostShareRequest> claims = new HashMap<>();

        Sequence(Random random, long seed) {
            this.random = random;
            this.seed = seed;
            this.plan = randomPlan();
            int members = 1 + random.nextInt(4);
            String familyId = members > 1 || random.nextBoolean() ? "F-" + seed : null;
            for (int i = 0; i < members; i++) {
                String memberId = "M-" + seed + "-" + i;
                family.add(new Coverage(memberId, plan.planId(), LocalDate.parse("2025-01-01"), null, familyId,
                        i == 0 ? Relationship.SUBSCRIBER : Relationship.CHILD));
                postings.put(memberId, new ArrayList<>());
                visits.put(memberId, new ArrayList<>());
            }
        }

        void run() {
            int steps = 20 + random.nextInt(40);
            for (int step = 0; step < steps; step++) {
                int action = random.nextInt(100);
                if (action < 85 || claims.isEmpty()) {
                    adjudicate(newClaim(step));
                } else {
                    CostShareRequest claim = new ArrayList<>(claims.values()).get(random.nextInt(claims.size()));
                    reverse(claim);
                    if (action < 93) {
                        adjudicate(claim);   // re-processed: replaces its rows
                    } else {
                        claims.remove(claim.claimId());   // voided
                    }
                }
                checkInvariants("seed " + seed + " step " + step);
            }
        }

        private void adjudicate(CostShareRequest claim) {
            Coverage coverage = coverageOf(claim.memberId());
            Adjudication decision = adjudicator.adjudicate(claim, Optional.of(new Enrollment(coverage, plan)),
                    ledgerOf(coverage));
            claims.put(claim.claimId(), claim);
            if (decision instanceof Adjudication.Applied applied) {
                for (LineShare line : applied.costShare().lines()) {
                    checkLine(line);
                }
                postings.get(claim.memberId()).addAll(applied.postings());
                visits.get(claim.memberId()).addAll(applied.visits());
            }
        }

        private void reverse(CostShareRequest claim) {
            postings.get(claim.memberId()).removeIf(row -> row.claimId().equals(claim.claimId()));
            visits.get(claim.memberId()).removeIf(row -> row.claimId().equals(claim.claimId()));
        }

        private Ledger ledgerOf(Coverage coverage) {
            List<Posting> relatives = new ArrayList<>();
            if (coverage.isFamilyCoverage()) {
                family.stream().filter(other -> !other.memberId().equals(coverage.memberId()))
                        .forEach(other -> relatives.addAll(postings.get(other.memberId())));
            }
            return new Ledger(postings.get(coverage.memberId()), visits.get(coverage.memberId()), relatives);
        }

        private void checkLine(LineShare line) {
            String at = "seed " + seed + " line " + line;
            assertThat(List.of(line.deductible(), line.copay(), line.coinsurance(), line.planPaid()))
                    .as(at).allMatch(amount -> amount.signum() >= 0);
            assertThat(line.deductible().add(line.copay()).add(line.coinsurance()).add(line.planPaid()))
                    .as(at).isEqualTo(line.allowed());
            assertThat(line.copay()).as(at).isLessThanOrEqualTo(line.allowed());
        }

        private void checkInvariants(String at) {
            for (PlanYear year : YEARS) {
                BigDecimal[] familyTotals = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
                for (Coverage coverage : family) {
                    Accumulators accumulators = Accumulators.of(plan, year, ledgerOf(coverage), coverage.isFamilyCoverage());
                    assertThat(accumulators.visitsUsed()).as(at + " visits").isBetween(0, plan.visitLimit());
                    int i = 0;
                    for (NetworkTier tier : NetworkTier.values()) {
                        BigDecimal deductible = rowSum(coverage.memberId(), year, Bucket.deductible(tier));
                        BigDecimal outOfPocket = rowSum(coverage.memberId(), year, Bucket.outOfPocket(tier));
                        assertThat(accumulators.balances().deductibleMet(tier)).as(at + " ded = ledger").isEqualTo(deductible);
                        assertThat(accumulators.balances().outOfPocketMet(tier)).as(at + " oop = ledger").isEqualTo(outOfPocket);
                        assertThat(deductible.signum()).as(at).isGreaterThanOrEqualTo(0);
                        assertThat(outOfPocket).as(at + " deductible counts toward OOP").isGreaterThanOrEqualTo(deductible);
                        checkMaximums(at + " " + tier + " " + coverage.memberId(), plan.terms(tier), coverage, deductible,
                                outOfPocket);
                        assertThat(accumulators.deductibleRemaining(tier).signum()).as(at).isGreaterThanOrEqualTo(0);
                        familyTotals[i] = familyTotals[i].add(deductible);
                        familyTotals[i + 1] = familyTotals[i + 1].add(outOfPocket);
                        i += 2;
                    }
                }
                checkFamilyMaximums(at, familyTotals);
            }
        }

        private void checkMaximums(String at, TierTerms terms, Coverage coverage, BigDecimal deductible,
                                   BigDecimal outOfPocket) {
            boolean aggregate = coverage.isFamilyCoverage() && terms.familyDeductible() != null
                    && plan.rules().familyDeductible() == FamilyDeductible.AGGREGATE;
            BigDecimal deductibleCap = aggregate ? terms.familyDeductible() : terms.deductible();
            assertThat(deductible).as(at + " deductible cap").isLessThanOrEqualTo(deductibleCap);
            if (terms.outOfPocketMax() != null) {
                assertThat(outOfPocket).as(at + " embedded individual OOP").isLessThanOrEqualTo(terms.outOfPocketMax());
            }
        }

        private void checkFamilyMaximums(String at, BigDecimal[] totals) {
            if (!family.get(0).isFamilyCoverage()) {
                return;
            }
            int i = 0;
            for (NetworkTier tier : NetworkTier.values()) {
                TierTerms terms = plan.terms(tier);
                if (terms.familyDeductible() != null) {
                    assertThat(totals[i]).as(at + " family deductible " + tier).isLessThanOrEqualTo(terms.familyDeductible());
                }
                if (terms.familyOutOfPocketMax() != null) {
                    assertThat(totals[i + 1]).as(at + " family OOP " + tier).isLessThanOrEqualTo(terms.familyOutOfPocketMax());
                }
                i += 2;
            }
        }

        private BigDecimal rowSum(String memberId, PlanYear year, Bucket bucket) {
            return postings.get(memberId).stream()
                    .filter(row -> row.bucket() == bucket && year.contains(row.dateOfService()))
                    .map(Posting::amount).reduce(Money.ZERO, BigDecimal::add);
        }

        private Coverage coverageOf(String memberId) {
            return family.stream().filter(coverage -> coverage.memberId().equals(memberId)).findFirst().orElseThrow();
        }

        private CostShareRequest newClaim(int step) {
            List<AllowedLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int line = 1; line <= count; line++) {
                lines.add(new AllowedLine(line, "97124", cents(30000)));
            }
            Coverage coverage = family.get(random.nextInt(family.size()));
            NetworkTier tier = random.nextInt(5) == 0 ? NetworkTier.OUT_OF_NETWORK : NetworkTier.IN_NETWORK;
            return new CostShareRequest("C-" + seed + "-" + step, coverage.memberId(),
                    FIRST_DOS.plusDays(random.nextInt(425)), tier, lines);
        }

        private BenefitPlan randomPlan() {
            CostShareRules rules = new CostShareRules(random.nextBoolean() ? FamilyDeductible.EMBEDDED : FamilyDeductible.AGGREGATE,
                    random.nextInt(4) == 0, random.nextInt(5) == 0, false);
            return new BenefitPlan("P-" + seed, BenefitPlan.ALWAYS, MonthDay.of(1, 1), false, false,
                    VisitBenefit.massageOnly(3 + random.nextInt(30)), tier(true), tier(random.nextBoolean()), rules);
        }

        private TierTerms tier(boolean capped) {
            BigDecimal deductible = cents(150000);
            BigDecimal outOfPocket = capped ? deductible.add(cents(300000)) : null;
            BigDecimal familyDeductible = random.nextBoolean() ? deductible.add(cents(300000)) : null;
            BigDecimal familyOutOfPocket = outOfPocket != null && random.nextBoolean()
                    ? outOfPocket.add(familyDeductible == null ? Money.ZERO : familyDeductible).add(cents(200000)) : null;
            return new TierTerms(deductible, BigDecimal.valueOf(random.nextInt(51)),
                    random.nextBoolean() ? Money.ZERO : cents(5000), outOfPocket, familyDeductible, familyOutOfPocket);
        }

        private BigDecimal cents(int bound) {
            return BigDecimal.valueOf(random.nextInt(bound + 1), 2);
        }
    }
}

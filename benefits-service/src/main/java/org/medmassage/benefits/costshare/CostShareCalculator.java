package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medmassage.benefits.plan.TierTerms;
import org.medmassage.codesets.money.Money;

/**
 * CS-01: per claim, lines in line-number order — deductible, then the per-visit copay on the first line(s), then
 * coinsurance on the rest (rounded HALF_UP per line), then the out-of-pocket cap. Each line sees the remainders the
 * previous line left (CS-01 step 7). The caller picks the tier's terms and remainders, so OON uses OON buckets (CS-05).
 */
public final class CostShareCalculator {

    public CostShare calculate(TierTerms terms, Remaining before, List<AllowedLine> lines) {
        return calculate(terms, false, before, lines);
    }

    /** {@code copayFirst}: the plan takes the per-visit copay before the deductible (copayBeforeDeductible). */
    public CostShare calculate(TierTerms terms, boolean copayFirst, Remaining before, List<AllowedLine> lines) {
        Remaining remaining = before;
        BigDecimal copayLeftForVisit = terms.copay();
        List<LineShare> shares = new ArrayList<>();
        for (AllowedLine line : inLineOrder(lines)) {
            LineShare share = shareOf(line, terms, copayFirst, remaining, copayLeftForVisit);
            shares.add(share);
            remaining = remaining.after(share);
            copayLeftForVisit = copayLeftForVisit.subtract(share.copay());
        }
        return new CostShare(shares);
    }

    private LineShare shareOf(AllowedLine line, TierTerms terms, boolean copayFirst, Remaining remaining,
                              BigDecimal copayLeftForVisit) {
        BigDecimal allowed = line.allowed();
        BigDecimal deductible;
        BigDecimal copay;
        if (copayFirst) {
            // copay before the deductible: the copay comes off the allowed amount first, the rest meets the deductible
            copay = Money.min(copayLeftForVisit, allowed);
            deductible = Money.min(allowed.subtract(copay), remaining.deductible());
        } else {
            deductible = Money.min(allowed, remaining.deductible());
            // CS-02: the copay never exceeds what is left of the allowed amount.
            copay = Money.min(copayLeftForVisit, allowed.subtract(deductible));
        }
        BigDecimal coinsurance = Money.percentOf(allowed.subtract(deductible).subtract(copay), terms.coinsurancePercent());
        return capped(line.lineNumber(), allowed, deductible, copay, coinsurance, remaining.outOfPocket());
    }

    /** CS-01 step 5: above the out-of-pocket remainder, reduce coinsurance, then copay, then deductible. */
    private LineShare capped(int lineNumber, BigDecimal allowed, BigDecimal deductible, BigDecimal copay,
                             BigDecimal coinsurance, BigDecimal outOfPocketRemaining) {
        if (outOfPocketRemaining != null) {
            BigDecimal excess = deductible.add(copay).add(coinsurance).subtract(outOfPocketRemaining).max(Money.ZERO);
            BigDecimal coinsuranceCut = Money.min(excess, coinsurance);
            BigDecimal copayCut = Money.min(excess.subtract(coinsuranceCut), copay);
            BigDecimal deductibleCut = Money.min(excess.subtract(coinsuranceCut).subtract(copayCut), deductible);
            coinsurance = coinsurance.subtract(coinsuranceCut);
            copay = copay.subtract(copayCut);
            deductible = deductible.subtract(deductibleCut);
        }
        BigDecimal planPaid = allowed.subtract(deductible).subtract(copay).subtract(coinsurance);
        return new LineShare(lineNumber, allowed, deductible, copay, coinsurance, planPaid);
    }

    private static List<AllowedLine> inLineOrder(List<AllowedLine> lines) {
        return lines.stream().sorted(Comparator.comparingInt(AllowedLine::lineNumber)).toList();
    }
}

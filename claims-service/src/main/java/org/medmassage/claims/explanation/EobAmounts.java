package org.medmassage.claims.explanation;

import java.math.BigDecimal;
import java.util.List;
import org.medmassage.claims.adjudication.ClaimAdjustment;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;

/**
 * The money of a service or of the whole visit as the member reads it (FMT-02): billed = plan discount (CO-45) + not
 * billable to you (the other CO adjustments: denials the provider carries) + plan paid + you owe (Σ PR, which holds the
 * deductible, copay and coinsurance and any balance bill or non-covered amount).
 */
public record EobAmounts(
        BigDecimal billed,
        BigDecimal planDiscount,
        BigDecimal notBillableToYou,
        BigDecimal allowed,
        BigDecimal planPaid,
        BigDecimal appliedToDeductible,
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal youOwe) {

    private static final String CONTRACTUAL = "45";

    public EobAmounts {
        billed = Money.scaled(billed);
        planDiscount = Money.scaled(planDiscount);
        notBillableToYou = Money.scaled(notBillableToYou);
        allowed = Money.scaled(allowed);
        planPaid = Money.scaled(planPaid);
        appliedToDeductible = Money.scaled(appliedToDeductible);
        copay = Money.scaled(copay);
        coinsurance = Money.scaled(coinsurance);
        youOwe = Money.scaled(youOwe);
    }

    static EobAmounts of(RemittanceLine line) {
        return new EobAmounts(line.charge(), planDiscount(line.adjustments()), notBillableToYou(line.adjustments()),
                line.allowed(), line.planPaid(), line.deductible(), line.copay(), line.coinsurance(),
                line.patientResponsibility());
    }

    static EobAmounts total(List<EobAmounts> services) {
        EobAmounts total = new EobAmounts(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO);
        for (EobAmounts service : services) {
            total = total.plus(service);
        }
        return total;
    }

    private EobAmounts plus(EobAmounts other) {
        return new EobAmounts(billed.add(other.billed), planDiscount.add(other.planDiscount),
                notBillableToYou.add(other.notBillableToYou), allowed.add(other.allowed),
                planPaid.add(other.planPaid), appliedToDeductible.add(other.appliedToDeductible),
                copay.add(other.copay), coinsurance.add(other.coinsurance), youOwe.add(other.youOwe));
    }

    // CO-45 in network; out of network the same difference is PR-45 and part of what the member owes
    private static BigDecimal planDiscount(List<ClaimAdjustment> adjustments) {
        return sum(adjustments.stream().filter(a -> a.group() == AdjustmentGroup.CO && CONTRACTUAL.equals(a.carc()))
                .toList());
    }

    private static BigDecimal notBillableToYou(List<ClaimAdjustment> adjustments) {
        return sum(adjustments.stream().filter(a -> !a.isPatientResponsibility())
                .filter(a -> !(a.group() == AdjustmentGroup.CO && CONTRACTUAL.equals(a.carc()))).toList());
    }

    private static BigDecimal sum(List<ClaimAdjustment> adjustments) {
        return adjustments.stream().map(ClaimAdjustment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}

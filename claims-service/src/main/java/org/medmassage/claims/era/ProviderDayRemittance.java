package org.medmassage.claims.era;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.medmassage.codesets.money.Money;

/**
 * A provider's remittance for one day: each claim decided that day as decided (CLP02 1 or 4, also when voided since)
 * and each claim voided that day as its reversal (22), with the day's totals; the payment total is BPR02 (no PLB
 * adjustments are made, so BPR02 = Σ CLP04).
 */
public record ProviderDayRemittance(String providerNpi, LocalDate paidOn, Totals totals,
        List<ClaimPaymentAdvice> claims) {

    public ProviderDayRemittance {
        claims = List.copyOf(claims);
    }

    /** Σ CLP03, Σ CLP04 (= BPR02) and Σ CLP05 of the day's claim payments. */
    public record Totals(int claimPayments, BigDecimal charge, BigDecimal payment, BigDecimal patientResponsibility) {
    }

    /** {@code adjudicated}: the provider's claims decided or voided on {@code day}, in the order to list them. */
    public static ProviderDayRemittance of(String providerNpi, LocalDate day, List<AdjudicatedClaim> adjudicated) {
        List<ClaimPaymentAdvice> claims = new ArrayList<>();
        for (AdjudicatedClaim each : adjudicated) {
            if (PaymentDay.of(each.decidedAt()).equals(day)) {
                claims.add(RemittanceAdvices.original(each.claim(), day));
            }
            each.claim().voiding().filter(voiding -> PaymentDay.of(voiding.voidedAt()).equals(day))
                    .ifPresent(voiding -> claims.add(RemittanceAdvices.reversal(each.claim(), day)));
        }
        return new ProviderDayRemittance(providerNpi, day, totals(claims), claims);
    }

    private static Totals totals(List<ClaimPaymentAdvice> claims) {
        return new Totals(claims.size(), sum(claims, clp -> clp.charge()), sum(claims, clp -> clp.payment()),
                sum(claims, clp -> clp.patientResponsibility()));
    }

    private static BigDecimal sum(List<ClaimPaymentAdvice> claims, Function<ClaimPaymentAdvice.Clp, BigDecimal> amount) {
        return claims.stream().map(claim -> amount.apply(claim.clp())).reduce(Money.ZERO, BigDecimal::add);
    }
}

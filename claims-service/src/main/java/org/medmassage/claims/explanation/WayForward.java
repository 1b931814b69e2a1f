package org.medmassage.claims.explanation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.pricing.SelfPayPricing;
import org.medmassage.claims.receipt.HsaFsaEligibility;

/**
 * Issue 15 item 7: when the health plan will not pay a visit because the plan year's visits are used up (PR-119) or
 * the member was not covered that day (CO-26, CO-27), the ways the session can still be paid: the provider's self-pay
 * cash rate (RULEBOOK §7.4: no contract, nothing toward the deductible), HSA/FSA funds with a letter of medical
 * necessity valid that day (ALT-01), or how to get such a letter.
 */
public final class WayForward {

    /** The denials after which the plan will not pay the visit at all, whoever asks again. */
    static final Set<String> PLAN_WILL_NOT_PAY = Set.of("PR-119", "CO-26", "CO-27");

    /** {@code kind}: SELF_PAY, HSA_FSA or LETTER_OF_MEDICAL_NECESSITY; {@code amount} only for a known self-pay total. */
    public record Option(String kind, BigDecimal amount, String statement) {
    }

    private WayForward() {
    }

    public static List<Option> options(List<RemittanceLine> lines, Optional<Provider> provider,
            HsaFsaEligibility hsaFsa) {
        List<RemittanceLine> unpaid = lines.stream().filter(WayForward::planWillNotPay).toList();
        if (unpaid.isEmpty()) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        options.add(selfPay(unpaid, provider));
        options.add(hsaFsa.eligible()
                ? new Option("HSA_FSA", null, "You can pay with your HSA or FSA: " + hsaFsa.statement()
                        + " Keep the provider's itemized receipt with the letter.")
                : new Option("LETTER_OF_MEDICAL_NECESSITY", null, "To pay with HSA or FSA funds you need a letter of"
                        + " medical necessity valid on the date of service. " + hsaFsa.howToGetOne()));
        return List.copyOf(options);
    }

    private static boolean planWillNotPay(RemittanceLine line) {
        return line.adjustments().stream()
                .anyMatch(adjustment -> PLAN_WILL_NOT_PAY.contains(adjustment.group().name() + "-" + adjustment.carc()));
    }

    /**
     * What the lines the plan will not pay would cost at the provider's self-pay rate, priced as a self-pay claim
     * would be (RULEBOOK §7.4, decision 0073); empty when the plan pays them all or a code has no cash rate (no
     * figure to promise). The patient's notice names it (decision 0074).
     */
    public static Optional<BigDecimal> selfPayPrice(List<RemittanceLine> lines, Optional<Provider> provider) {
        List<RemittanceLine> unpaid = lines.stream().filter(WayForward::planWillNotPay).toList();
        return unpaid.isEmpty() ? Optional.empty() : cashPrice(unpaid, provider);
    }

    private static Optional<BigDecimal> cashPrice(List<RemittanceLine> unpaid, Optional<Provider> provider) {
        return provider.flatMap(known -> unpaid.stream()
                .map(line -> SelfPayPricing.cashPrice(known, line.procedureCode(), line.units(), line.charge()))
                .reduce(Optional.of(BigDecimal.ZERO.setScale(2)), (sum, next) -> sum.flatMap(s -> next.map(s::add))));
    }

    private static Option selfPay(List<RemittanceLine> unpaid, Optional<Provider> provider) {
        String who = provider.map(Provider::name).orElse("your provider");
        Optional<BigDecimal> total = cashPrice(unpaid, provider);
        return total.map(amount -> new Option("SELF_PAY", amount, "Pay " + who + "'s self-pay rate: $"
                        + amount.toPlainString() + " for this visit. It is a cash price outside any insurance contract"
                        + " and does not count toward your deductible or out-of-pocket maximum."))
                .orElseGet(() -> new Option("SELF_PAY", null, "Ask " + who + " for their self-pay rate for this"
                        + " visit before you pay: it is a cash price outside any insurance contract and does not count"
                        + " toward your deductible or out-of-pocket maximum."));
    }
}

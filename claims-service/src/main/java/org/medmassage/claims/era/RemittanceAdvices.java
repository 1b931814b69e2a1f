package org.medmassage.claims.era;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.Remittance;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.era.ClaimPaymentAdvice.Amt;
import org.medmassage.claims.era.ClaimPaymentAdvice.Cas;
import org.medmassage.claims.era.ClaimPaymentAdvice.Clp;
import org.medmassage.claims.era.ClaimPaymentAdvice.Lq;
import org.medmassage.claims.era.ClaimPaymentAdvice.ServicePayment;
import org.medmassage.claims.era.ClaimPaymentAdvice.Svc;

/**
 * A decided claim's remittance as 835 claim payment information (RULEBOOK §8.2). The original carries the decision
 * (CLP02 1 or 4); a void is sent as its reversal (CLP02 22): every amount of the original negated, so it still
 * balances and, posted after the original, nets the claim to zero. Units stay as paid.
 */
public final class RemittanceAdvices {

    private static final String PROCEDURE_QUALIFIER = "HC";
    private static final String ALLOWED = "B6";
    private static final String REMARK = "HE";

    private RemittanceAdvices() {
    }

    /** What {@code GET /claims/{id}/remittance} shows: the decision, or its reversal once the claim is voided. */
    public static ClaimPaymentAdvice current(AdjudicatedClaim adjudicated) {
        Claim claim = adjudicated.claim();
        return claim.voiding()
                .map(voiding -> reversal(claim, PaymentDay.of(voiding.voidedAt())))
                .orElseGet(() -> original(claim, PaymentDay.of(adjudicated.decidedAt())));
    }

    /** The claim as decided on {@code paidOn}, whatever happened to it since. */
    public static ClaimPaymentAdvice original(Claim claim, LocalDate paidOn) {
        Remittance remittance = decided(claim);
        return advice(claim, paidOn, ClaimStatusCode.ofDecision(remittance.status()), UnaryOperator.identity());
    }

    /** CS-07: the voided claim's payment taken back on {@code reversedOn}. */
    public static ClaimPaymentAdvice reversal(Claim claim, LocalDate reversedOn) {
        if (claim.voiding().isEmpty()) {
            throw new IllegalArgumentException("claim " + claim.id() + " is not voided: nothing to reverse");
        }
        return advice(claim, reversedOn, ClaimStatusCode.REVERSAL, BigDecimal::negate);
    }

    private static ClaimPaymentAdvice advice(Claim claim, LocalDate paidOn, ClaimStatusCode status,
            UnaryOperator<BigDecimal> sign) {
        Remittance remittance = decided(claim);
        String claimId = claim.id().toString();
        var header = claim.header();
        Clp clp = new Clp(header.patientControl().orElse(claimId), status.code(), sign.apply(remittance.totalCharge()),
                sign.apply(remittance.planPaid()), sign.apply(remittance.patientResponsibility()), claimId,
                header.payer().payer().claimFilingIndicator());
        // DTM*472: every line is dated as its claim (intake refuses a line dated otherwise, decision 0056)
        List<ServicePayment> services = remittance.lines().stream()
                .map(line -> service(line, claim.dateOfService(), sign)).toList();
        return new ClaimPaymentAdvice(clp, claim.memberId(), header.renderingProviderNpi(),
                header.billingProviderNpi(), paidOn, services);
    }

    private static ServicePayment service(RemittanceLine line, LocalDate serviceDate, UnaryOperator<BigDecimal> sign) {
        Svc svc = new Svc(procedure(line), line.procedureCode(), line.modifiers(), sign.apply(line.charge()),
                sign.apply(line.planPaid()), line.units());
        List<Cas> cas = line.adjustments().stream()
                .map(a -> new Cas(a.group().name(), a.carc(), sign.apply(a.amount()))).toList();
        List<Lq> lq = line.remarkCodes().stream().map(code -> new Lq(REMARK, code)).toList();
        return new ServicePayment(svc, String.valueOf(line.lineNumber()), serviceDate, cas,
                List.of(new Amt(ALLOWED, sign.apply(line.allowed()))), lq);
    }

    // SVC01: the qualifier, the code and up to four modifiers joined by the component separator
    static String procedure(RemittanceLine line) {
        List<String> parts = new ArrayList<>();
        parts.add(PROCEDURE_QUALIFIER);
        parts.add(line.procedureCode());
        parts.addAll(line.modifiers());
        return String.join(":", parts);
    }

    private static Remittance decided(Claim claim) {
        return claim.remittance().orElseThrow(() -> new IllegalArgumentException(
                "claim " + claim.id() + " is not decided yet (" + claim.status() + "): it has no remittance"));
    }
}

package org.medmassage.claims.era;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One claim of an 835 (005010X221A1, RULEBOOK §8.2) as JSON: the CLP, the patient (NM1*QC), rendering provider
 * (NM1*82) and payee (N1*PE: the claim's billing provider, 837P 2010AA), the date it was paid or reversed on, and per
 * line the SVC with its REF*6R, DTM*472, CAS, AMT*B6 and LQ*HE.
 * FMT-01 holds as built: per line SVC02 − Σ CAS = SVC03, per claim CLP03 − Σ CAS = CLP04, CLP05 = Σ PR.
 */
public record ClaimPaymentAdvice(Clp clp, String patientMemberId, String renderingProviderNpi, String payeeNpi,
        LocalDate paidOn, List<ServicePayment> services) {

    public ClaimPaymentAdvice {
        services = List.copyOf(services);
    }

    /**
     * CLP01 patient control number: the 837P's CLM01 as sent, the claim id when the claim had none; CLP07 payer claim
     * control number: the claim id. CLP02 status, CLP03 charge, CLP04 payment, CLP05 patient responsibility, CLP06
     * the claim filing indicator (837P SBR09: CI, WC, AM; null for a self-paid claim, billed to no payer).
     */
    public record Clp(String patientControlNumber, int statusCode, BigDecimal charge, BigDecimal payment,
            BigDecimal patientResponsibility, String payerClaimControlNumber, String claimFilingIndicator) {
    }

    /** One 2110 loop: SVC, REF*6R line item control number, DTM*472 service date, CAS, AMT*B6 allowed, LQ*HE. */
    public record ServicePayment(Svc svc, String lineItemControlNumber, LocalDate serviceDate, List<Cas> cas,
            List<Amt> amt, List<Lq> lq) {

        public ServicePayment {
            cas = List.copyOf(cas);
            amt = List.copyOf(amt);
            lq = List.copyOf(lq);
        }
    }

    /** SVC01 {@code HC:97124:GP} (also split into code and modifiers), SVC02 charge, SVC03 paid, SVC05 units paid. */
    public record Svc(String procedure, String procedureCode, List<String> modifiers, BigDecimal charge,
            BigDecimal paid, int units) {

        public Svc {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** One CAS triplet: group (CO, PR, OA, PI), CARC, amount. */
    public record Cas(String group, String reasonCode, BigDecimal amount) {
    }

    /** AMT with its qualifier: B6 allowed amount. */
    public record Amt(String qualifier, BigDecimal amount) {
    }

    /** LQ with its qualifier: HE remittance advice remark code (RARC). */
    public record Lq(String qualifier, String code) {
    }
}

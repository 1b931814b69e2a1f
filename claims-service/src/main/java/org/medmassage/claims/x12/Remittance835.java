package org.medmassage.claims.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmassage.claims.era.ClaimPaymentAdvice;
import org.medmassage.codesets.money.Money;

/**
 * The 835 (005010X221A1) of a provider's remittance (RULEBOOK §8.2, decision 0078), written from the era model the JSON
 * remittance shows: BPR/TRN, N1*PR/N1*PE, one LX with a CLP per claim (NM1*QC, NM1*82) and per line SVC, DTM*472,
 * CAS by group, REF*6R, AMT*B6, LQ*HE. FMT-01 holds as the model built it; BPR02 = Σ CLP04 − Σ PLB, and a day whose
 * reversals exceed its payments pays 0.00 with the rest forwarded to a later remittance (PLB FB, negative).
 */
public final class Remittance835 {

    /** Who pays: ISA06 / GS02 / TRN03 / N1*PR (TRN03 is 10 characters). */
    public record Payer(String id, String name) {
    }

    static final String VERSION = "005010X221A1";
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int TRIPLETS_PER_CAS = 6;

    private Remittance835() {
    }

    /** {@code traceNumber}: TRN02, the number the provider reassociates the payment with. */
    public static String write(Payer payer, String payeeNpi, LocalDate paidOn, String traceNumber,
            List<ClaimPaymentAdvice> claims, long controlNumber, LocalDateTime now) {
        BigDecimal paid = claims.stream().map(claim -> claim.clp().payment()).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal forwarded = paid.signum() < 0 ? paid : Money.ZERO; // PLB FB: what reversals took back beyond today
        BigDecimal total = paid.subtract(forwarded);
        X12Writer out = new X12Writer().interchange("ZZ", payer.id(), "ZZ", payeeNpi, controlNumber, now)
                .group("HP", payer.id(), payeeNpi, controlNumber, VERSION, now)
                .startSet("835", "0001", VERSION);
        out.segment("BPR", total.signum() > 0 ? "I" : "H", amount(total), "C", total.signum() > 0 ? "CHK" : "NON",
                "", "", "", "", "", "", "", "", "", "", "", paidOn.format(D8));
        out.segment("TRN", "1", traceNumber, payer.id());
        out.segment("DTM", "405", paidOn.format(D8));
        out.segment("N1", "PR", payer.name());
        out.segment("N1", "PE", "", "XX", payeeNpi);
        if (!claims.isEmpty()) {
            out.segment("LX", "1");
        }
        claims.forEach(claim -> claim(out, claim));
        if (forwarded.signum() != 0) {
            out.segment("PLB", payeeNpi, paidOn.withMonth(12).withDayOfMonth(31).format(D8), "FB:" + traceNumber,
                    amount(forwarded));
        }
        return out.endSet("0001").endGroup(1, controlNumber).endInterchange(1, controlNumber).text();
    }

    private static void claim(X12Writer out, ClaimPaymentAdvice claim) {
        ClaimPaymentAdvice.Clp clp = claim.clp();
        // CLP06 has no code for a claim billed to no payer: ZZ (mutually defined) for a self-paid one (decision 0078)
        out.segment("CLP", clp.patientControlNumber(), String.valueOf(clp.statusCode()), amount(clp.charge()),
                amount(clp.payment()), amount(clp.patientResponsibility()),
                clp.claimFilingIndicator() == null ? "ZZ" : clp.claimFilingIndicator(), clp.payerClaimControlNumber());
        out.segment("NM1", "QC", "1", "", "", "", "", "", "MI", claim.patientMemberId());
        out.segment("NM1", "82", "1", "", "", "", "", "", "XX", claim.renderingProviderNpi());
        for (ClaimPaymentAdvice.ServicePayment service : claim.services()) {
            ClaimPaymentAdvice.Svc svc = service.svc();
            out.segment("SVC", svc.procedure(), amount(svc.charge()), amount(svc.paid()), "", String.valueOf(svc.units()));
            out.segment("DTM", "472", service.serviceDate().format(D8));
            adjustments(out, service.cas());
            out.segment("REF", "6R", service.lineItemControlNumber());
            service.amt().forEach(amt -> out.segment("AMT", amt.qualifier(), amount(amt.amount())));
            service.lq().forEach(lq -> out.segment("LQ", lq.qualifier(), lq.code()));
        }
    }

    // one CAS per group, up to six reason/amount triplets each (a seventh starts another CAS of the group)
    private static void adjustments(X12Writer out, List<ClaimPaymentAdvice.Cas> cas) {
        Map<String, List<ClaimPaymentAdvice.Cas>> byGroup = new LinkedHashMap<>();
        cas.forEach(each -> byGroup.computeIfAbsent(each.group(), group -> new ArrayList<>()).add(each));
        byGroup.forEach((group, adjustments) -> {
            for (int from = 0; from < adjustments.size(); from += TRIPLETS_PER_CAS) {
                List<String> elements = new ArrayList<>(List.of(group));
                for (ClaimPaymentAdvice.Cas each : adjustments.subList(from,
                        Math.min(from + TRIPLETS_PER_CAS, adjustments.size()))) {
                    elements.addAll(List.of(each.reasonCode(), amount(each.amount()), ""));
                }
                out.segment("CAS", elements.toArray(String[]::new));
            }
        });
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2).toPlainString();
    }
}

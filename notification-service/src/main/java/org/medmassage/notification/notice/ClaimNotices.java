package org.medmassage.notification.notice;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;

/** What the patient is told when a visit's claim is decided: the outcome, what they owe and why, what the plan paid. */
final class ClaimNotices {

    private ClaimNotices() {
    }

    static Notice adjudicated(ClaimAdjudicated claim) {
        String visit = "Your visit on " + claim.dateOfService();
        String reason = DenialReason.firstOf(claim.lines()).orElse(null);
        if ("SELF_PAY".equals(claim.payer()) && !"DENIED".equals(claim.status())) {
            return selfPaid(claim, visit);
        }
        if ("AUTO_PIP".equals(claim.payer())) {
            return autoPip(claim, visit, reason);
        }
        switch (String.valueOf(claim.status())) {
            case "DENIED":
                // The denial's reason already says why the patient owes anything (PR-119), so only the amount follows.
                return new Notice(Category.CLAIM, "Visit not covered",
                        visit + " was not covered" + (reason == null ? "" : ": " + reason) + "; " + owedAmount(claim)
                                + (planWillNotPay(claim) ? wayForward(claim) : ""));
            case "PARTIALLY_PAID":
                return new Notice(Category.CLAIM, "Visit partly covered",
                        visit + " was partly covered: " + owedWithReasons(claim) + "; " + planPaid(claim)
                                + (reason == null ? "" : "; part of the visit was not covered: " + reason));
            default:
                return new Notice(Category.CLAIM, "Visit processed",
                        visit + " was processed: " + owedWithReasons(claim) + "; " + planPaid(claim));
        }
    }

    // decision 0073: no plan was billed, so nothing was paid by one and nothing counted toward the deductible
    private static Notice selfPaid(ClaimAdjudicated claim, String visit) {
        return new Notice(Category.CLAIM, "Self-pay visit processed",
                visit + " was not billed to your insurance: you pay the provider's self-pay rate of "
                        + Words.money(claim.patientResponsibility()) + "; nothing counted toward your deductible");
    }

    // decision 0074: auto PIP pays first; what it leaves (its limit reached, or not a PIP benefit) the provider bills
    // to the health plan next, so the patient is not told they owe it
    private static Notice autoPip(ClaimAdjudicated claim, String visit, String reason) {
        String byPip = visit + " was sent to your auto insurance's personal injury protection (PIP)";
        if ("DENIED".equals(claim.status())) {
            return new Notice(Category.CLAIM, "Visit not paid by your auto insurance", byPip + ", which did not pay"
                    + " it: " + pipDenial(claim, reason) + "; the provider bills your health plan next");
        }
        String rest = owes(claim) ? "; the provider bills your health plan for the other "
                + Words.money(claim.patientResponsibility()) : "; you owe nothing";
        return new Notice(Category.CLAIM, "Visit paid by your auto insurance",
                byPip + ", which paid " + Words.money(claim.planPaid()) + rest);
    }

    // the plan's wording of these codes ("your plan") would name the wrong payer
    private static String pipDenial(ClaimAdjudicated claim, String reason) {
        Set<String> codes = adjustmentCodes(claim);
        if (codes.contains("PR-119")) {
            return "it has paid all it pays for this accident";
        }
        if (codes.contains("PR-204")) {
            return "it does not pay for this service in the state of the accident";
        }
        return reason == null ? "no reason given" : reason;
    }

    // issue 15 item 7: after these denials the plan will not pay the visit whoever asks again; the EOB has the figures
    private static final Set<String> PLAN_WILL_NOT_PAY = Set.of("PR-119", "CO-26", "CO-27");
    private static final String WAY_FORWARD = ". You can still pay for it at the provider's self-pay rate%s, or with"
            + " HSA or FSA funds and a letter of medical necessity from your prescriber: your explanation of benefits"
            + " gives the rate and says whether your letter covers this visit";

    // the amount when claims-service priced it at the provider's cash rates (decision 0074)
    private static String wayForward(ClaimAdjudicated claim) {
        return WAY_FORWARD.formatted(claim.selfPayPrice() == null ? ""
                : " of " + Words.money(claim.selfPayPrice()));
    }

    private static boolean planWillNotPay(ClaimAdjudicated claim) {
        return adjustmentCodes(claim).stream().anyMatch(PLAN_WILL_NOT_PAY::contains);
    }

    /** Every line's adjustments as group-CARC, e.g. {@code PR-119}. */
    private static Set<String> adjustmentCodes(ClaimAdjudicated claim) {
        return claim.lines() == null ? Set.of() : claim.lines().stream()
                .flatMap(line -> line.adjustments() == null ? Stream.empty() : line.adjustments().stream())
                .map(adjustment -> adjustment.group() + "-" + adjustment.carc()).collect(Collectors.toSet());
    }

    static Notice voided(ClaimVoided claim) {
        return new Notice(Category.CLAIM, "Claim cancelled",
                "The claim for your visit on " + claim.dateOfService() + " was cancelled"
                        + Words.reason(claim.reason()).map(r -> ": " + r).orElse("")
                        + "; any amount it showed you owe no longer applies");
    }

    /** {@code you owe $80.00 (applied to your deductible)} or {@code you owe nothing}. */
    private static String owedWithReasons(ClaimAdjudicated claim) {
        String why = owes(claim) ? PatientShare.of(claim.lines()).explanation() : "";
        return owedAmount(claim) + (why.isEmpty() ? "" : " (" + why + ")");
    }

    private static String owedAmount(ClaimAdjudicated claim) {
        return owes(claim) ? "you owe " + Words.money(claim.patientResponsibility()) : "you owe nothing";
    }

    // the claim names its payer (decision 0068): a work injury is paid by the workers' comp carrier, not the plan
    private static String planPaid(ClaimAdjudicated claim) {
        String payer = switch (String.valueOf(claim.payer())) {
            case "WORKERS_COMP" -> "the workers' compensation carrier";
            case "AUTO_PIP" -> "the auto insurer (PIP)";
            default -> "your plan";
        };
        return payer + " paid " + Words.money(claim.planPaid());
    }

    private static boolean owes(ClaimAdjudicated claim) {
        BigDecimal owed = claim.patientResponsibility();
        return owed != null && owed.signum() > 0;
    }
}

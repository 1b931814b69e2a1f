package org.medmassage.claims.explanation;

import java.util.Map;

/**
 * Every adjustment (group + CARC) and remark code (RARC) claims-service can put on a remittance, in plain language for
 * the member. The codes come from this service (CO-45/PR-45 pricing, CO-284, the visit limit), from authorization
 * (PA-05: CO-197, CO-15, CO-198, CO-284, CO-296 with M62/N54; MN-01: CO-288 N29, decision 0057), from benefits (PR-1,
 * PR-2, PR-3, CO-26, CO-27, PR-204 N130, PR-119 N640, PR-242 decision 0058, CO-185 N95 for a provider type the plan
 * does not pay, decision 0061), from the duplicate check (OA-18, decision 0053), from the coding edits (CO-97 N19,
 * CO-236 N20, CO-151 N362, decision 0054), from the wellness rule (CO-50, decision 0055), from provider eligibility
 * (CO-185 N95/N570, decision 0060), the injury-encounter warning (M76 on a paid line, DX-05) and payer routing
 * (CO-19, CO-21 with N4, decision 0068).
 */
public final class CodeExplanations {

    private static final Map<String, String> ADJUSTMENTS = Map.ofEntries(
            Map.entry("CO-45", "The provider charged more than the amount your plan has agreed to with this provider"
                    + " (for a workers' compensation claim, more than the state's fee schedule allows)."
                    + " The provider writes off the difference: you do not owe it."),
            Map.entry("CO-19", "This care is for an injury at work, which your employer's workers' compensation"
                    + " carrier pays, not your health plan. The provider may not bill you for it: the provider"
                    + " should bill the workers' compensation carrier."),
            Map.entry("CO-21", "This care is for an auto accident, which the auto insurer's personal injury"
                    + " protection (no-fault) pays first. The provider may not bill you for it: the provider should"
                    + " bill the auto insurer first."),
            Map.entry("PR-45", "The provider is not in your plan's network and charged more than your plan allows"
                    + " for this service. The provider may bill you for the difference (balance billing)."),
            Map.entry("PR-1", "Applied to your deductible: the amount you pay for covered care before your plan"
                    + " starts to pay its share."),
            Map.entry("PR-2", "Your coinsurance: your percentage share of the allowed amount."),
            Map.entry("PR-3", "Your copay: the fixed amount you pay for this visit."),
            Map.entry("OA-18", "This service was already billed on another claim for the same day. It is not paid"
                    + " twice, and you do not owe anything for the duplicate."),
            Map.entry("CO-15", "The authorization on the claim does not apply to this visit: the number is not one of"
                    + " yours, or the date is outside the approved period. The provider may not bill you for it."),
            Map.entry("CO-26", "The service was before your coverage with this plan started. The plan did not pay"
                    + " for it."),
            Map.entry("CO-27", "Our records show no coverage for you on the date of service. The plan did not pay"
                    + " for it."),
            Map.entry("CO-96", "This charge is not covered under the provider's agreement with your plan. The"
                    + " provider may not bill you for it."),
            Map.entry("CO-97", "This service is included in the payment for another service on the same day. The"
                    + " provider may not bill you for it."),
            Map.entry("CO-151", "More units were billed than are medically likely for one day. The extra units are"
                    + " not paid, and the provider may not bill you for them."),
            Map.entry("CO-197", "This service needs your plan's approval in advance (prior authorization) and none was"
                    + " on file. The provider may not bill you for it."),
            Map.entry("CO-198", "Every visit your authorization approved had already been used. The provider may not"
                    + " bill you for this one."),
            Map.entry("CO-236", "This service cannot be billed together with another service on the same day. The"
                    + " provider may not bill you for it."),
            Map.entry("CO-284", "Your authorization is valid but does not include this service. The provider may not"
                    + " bill you for it."),
            Map.entry("CO-288", "Your plan needs a referral for this care and none covered this date. The provider"
                    + " may not bill you for it."),
            Map.entry("CO-296", "The authorization was issued to a different provider. The provider may not bill you"
                    + " for it."),
            Map.entry("CO-50", "Your plan does not consider this service medically necessary (for example wellness"
                    + " or relaxation massage). The provider may not bill you for it."),
            Map.entry("CO-185", "This provider cannot be paid under your plan for this service on that date: their"
                    + " licence, their standing with your plan, or their type of provider (your plan pays only some"
                    + " types of provider for massage) did not allow it. The provider may not bill you for it."),
            Map.entry("PR-119", "You have used all the visits your plan covers for this kind of care this plan year."
                    + " You may owe the provider for this visit."),
            Map.entry("PR-204", "Your plan does not cover this service. You may owe the provider for it."),
            Map.entry("OA-23", "Another insurer (for example your auto insurance's personal injury protection) paid"
                    + " this amount first. Your health plan paid after it, as the second payer."),
            Map.entry("PR-242", "Your plan covers this care only from providers in its network. You may owe the"
                    + " provider for it."));

    private static final Map<String, String> REMARKS = Map.ofEntries(
            Map.entry("M62", "The authorization number was missing or not valid."),
            Map.entry("N4", "The other insurer's decision (its explanation of benefits or denial) was not sent with"
                    + " the claim. Your health plan pays this injury only after that insurer has denied it or paid"
                    + " all it owes."),
            Map.entry("N54", "The claim does not match the authorization on file (service, dates, visits or"
                    + " provider)."),
            Map.entry("N29", "The referral or order for this care was not on file."),
            Map.entry("N130", "See your plan's benefit documents for what this plan covers and its limits."),
            Map.entry("N640", "More visits than your plan allows in the period."),
            Map.entry("N19", "This service is part of another service on the same day."),
            Map.entry("N20", "This service is not paid when billed with another service on the same day."),
            Map.entry("N362", "More days or units of this service were billed than the plan accepts."),
            Map.entry("N95", "This type of provider may not bill this service: your plan does not pay this provider"
                    + " type for massage, or the provider did not hold a licence valid on that date in the state where"
                    + " they practise."),
            Map.entry("N570", "The provider was not credentialed with your plan on that date (not yet approved, or"
                    + " no longer)."),
            Map.entry("M76", "A note about the diagnosis code on this service: it looks incomplete or not quite right. For"
                    + " example, an injury coded as its first, active treatment (7th character A) when follow-up"
                    + " care such as massage is usually coded as a later visit (D). On a paid service it did not"
                    + " change what you owe."));

    private CodeExplanations() {
    }

    /** A CAS group and CARC, e.g. {@code CO-45}; a code not in the table is named as it is. */
    public static String adjustment(String groupAndCarc) {
        return ADJUSTMENTS.getOrDefault(groupAndCarc, "Adjustment " + groupAndCarc
                + ". Call member services to have it explained.");
    }

    // a self-paid claim's two codes (decision 0073): no plan was billed, so the plan's wording would mislead
    private static final Map<String, String> SELF_PAID = Map.of(
            "CO-45", "The provider's self-pay rate is lower than their usual charge. The provider writes off the"
                    + " difference: you do not owe it.",
            "PR-204", "This visit was not billed to your insurance: you pay the provider's self-pay rate for it.");

    /** As {@link #adjustment(String)}, worded for a claim the patient pays at the provider's self-pay rate. */
    public static String selfPaidAdjustment(String groupAndCarc) {
        return SELF_PAID.getOrDefault(groupAndCarc, adjustment(groupAndCarc));
    }

    // an auto PIP claim's codes (decision 0074): the limit is the accident's, and the health plan pays next
    private static final Map<String, String> AUTO_PIP = Map.of(
            "PR-119", "Your auto insurance's personal injury protection (PIP) has paid all it pays for this accident."
                    + " The provider should bill your health plan for this amount, with this statement.",
            "PR-204", "Your auto insurance's personal injury protection (PIP) does not pay for this service in the"
                    + " state of the accident. The provider should bill your health plan for it, with this statement.");

    /** As {@link #adjustment(String)}, worded for a claim billed to the member's auto PIP coverage. */
    public static String autoPipAdjustment(String groupAndCarc) {
        return AUTO_PIP.getOrDefault(groupAndCarc, adjustment(groupAndCarc));
    }

    /** An LQ*HE remark code, e.g. {@code N54}. */
    public static String remark(String rarc) {
        return REMARKS.getOrDefault(rarc, "Remark " + rarc + ". Call member services to have it explained.");
    }

    /** True when the table words the code itself (the fallback is for codes another service starts to send). */
    public static boolean explains(String code) {
        return ADJUSTMENTS.containsKey(code) || REMARKS.containsKey(code);
    }
}

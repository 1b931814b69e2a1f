package org.medmassage.claims.explanation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a member can do about a denied service, by the denial's code; every denial ends with the right to appeal.
 * A code without its own advice gets the appeal and the member-services line only.
 */
public final class NextSteps {

    static final String APPEAL = "If you think this decision is wrong, you can appeal within 180 days of this notice:"
            + " call member services or write to the address on your member card.";

    private static final String AUTHORIZATION = "You do not owe anything for services denied for authorization. Ask"
            + " your provider to request or correct the prior authorization; the provider can then send a corrected"
            + " claim.";
    private static final String NOT_COVERED = "Check your plan's benefit documents for what is covered. If your"
            + " prescriber believes the service is medically needed, ask for a letter of medical necessity and"
            + " include it with an appeal.";
    private static final String CODING = "You do not owe anything for these services. If they were separate"
            + " services, your provider can send a corrected claim.";

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("CO-197", AUTHORIZATION),
            Map.entry("CO-198", AUTHORIZATION),
            Map.entry("CO-15", AUTHORIZATION),
            Map.entry("CO-284", AUTHORIZATION),
            Map.entry("CO-296", AUTHORIZATION),
            Map.entry("PR-204", NOT_COVERED),
            Map.entry("CO-96", NOT_COVERED),
            Map.entry("CO-50", NOT_COVERED),
            Map.entry("CO-97", CODING),
            Map.entry("CO-236", CODING),
            Map.entry("CO-151", CODING),
            Map.entry("PR-119", "You have used this plan year's visits for this kind of care, so you may owe the"
                    + " provider for this visit. Ask member services whether your plan grants more visits when your"
                    + " prescriber documents the need."),
            Map.entry("CO-26", "Check your coverage dates with member services. If other insurance covered you on"
                    + " that date, give it to your provider so that it can bill that plan."),
            Map.entry("CO-27", "Check your coverage dates with member services. If other insurance covered you on"
                    + " that date, give it to your provider so that it can bill that plan."),
            Map.entry("CO-288", "Ask your prescriber for a referral that covers this care; your provider can then"
                    + " send the claim again."),
            Map.entry("PR-242", "Your plan pays only for providers in its network: member services can help you find"
                    + " one."),
            Map.entry("CO-185", "You do not owe anything for this service. For your next visits, choose a provider"
                    + " your plan covers (member services can help you find one), or ask this provider for their"
                    + " self-pay rate before your visit."),
            Map.entry("CO-19", "You do not owe anything for this claim. Give your provider your employer's workers'"
                    + " compensation carrier and claim number so that it bills the carrier. If the carrier decides the"
                    + " injury is not work related, your provider can send this claim again with that decision."),
            Map.entry("CO-21", "You do not owe anything for this claim. Give your provider your auto insurer's"
                    + " details so that it bills the personal injury protection first; once the auto insurer has"
                    + " denied it or paid all it owes, your provider can send this claim again with its decision."),
            Map.entry("OA-18", "Nothing to do: the first claim for this service is handled on its own."));

    private NextSteps() {
    }

    /** The advice for the denial codes (e.g. {@code CO-197}) of the denied services, each once; none when none. */
    public static List<String> forDenials(Collection<String> denialCodes) {
        if (denialCodes.isEmpty()) {
            return List.of();
        }
        Set<String> steps = new LinkedHashSet<>();
        denialCodes.forEach(code -> {
            if (BY_CODE.containsKey(code)) {
                steps.add(BY_CODE.get(code));
            }
        });
        steps.add(APPEAL);
        return List.copyOf(steps);
    }
}

package org.medmassage.claims.estimate;

import java.time.LocalDate;
import java.util.Objects;
import org.medmassage.codesets.calendar.BusinessDays;

/**
 * ALT-04 (45 CFR 149.610(b)(1)(vi)): when a Good Faith Estimate is due. Scheduled at least 10 business days before the
 * first session → 3 business days after scheduling; at least 3 → 1 business day; on request → 3 business days after
 * the request. Business days are Monday to Friday less the federal holidays, and "N business days after" a day does
 * not count that day (code-sets' {@link BusinessDays}).
 */
public record EstimateDeadline(DueRule rule, LocalDate dueBy) {

    static final int FAR_AHEAD = 10;
    static final int AHEAD = 3;

    public EstimateDeadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dueBy, "dueBy");
    }

    public static EstimateDeadline of(Trigger trigger, LocalDate firstSession) {
        DueRule rule = rule(trigger, firstSession);
        return new EstimateDeadline(rule, BusinessDays.after(trigger.on(), rule.businessDays()));
    }

    /** Issued on time: on or before the day it was due. */
    public boolean metBy(LocalDate issuedOn) {
        return !issuedOn.isAfter(dueBy);
    }

    private static DueRule rule(Trigger trigger, LocalDate firstSession) {
        if (trigger.kind() == Trigger.Kind.REQUESTED) {
            return DueRule.REQUESTED;
        }
        int ahead = BusinessDays.between(trigger.on(), firstSession);
        if (ahead >= FAR_AHEAD) {
            return DueRule.SCHEDULED_10_BUSINESS_DAYS_AHEAD;
        }
        return ahead >= AHEAD ? DueRule.SCHEDULED_3_BUSINESS_DAYS_AHEAD : DueRule.SCHEDULED_UNDER_3_BUSINESS_DAYS_AHEAD;
    }
}

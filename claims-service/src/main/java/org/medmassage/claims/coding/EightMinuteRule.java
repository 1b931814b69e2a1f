package org.medmassage.claims.coding;

import java.util.List;

/**
 * Turns the minutes of a date of service into billable units. Two policies exist because payers differ (CONFIG):
 * CMS pools all timed minutes of the day (CPT-01), the AMA mid-point method counts each code alone (CPT-02).
 * Lines that already carry units keep them; untimed codes are one unit per session.
 */
public interface EightMinuteRule {

    /** Units for each service, in the order given. A result of 0 means the line is not billable. */
    List<Integer> units(List<TimedService> services);

    /** CPT-01: Medicare, Medicaid and most MA plans. */
    static EightMinuteRule cmsTotalTime() {
        return new CmsTotalTimeRule();
    }

    /** CPT-02: some commercial and workers' compensation payers. */
    static EightMinuteRule amaPerCode() {
        return new AmaPerCodeRule();
    }

    static EightMinuteRule of(TimedUnitMethod method) {
        return switch (method) {
            case CMS_TOTAL_TIME -> cmsTotalTime();
            case AMA_PER_CODE -> amaPerCode();
        };
    }

    /** The CMS minutes-to-units table: a unit needs at least 8 minutes, then one more per 15 (RULEBOOK §4.2). */
    static int unitsForMinutes(int minutes) {
        return minutes < 8 ? 0 : (minutes - 8) / 15 + 1;
    }
}

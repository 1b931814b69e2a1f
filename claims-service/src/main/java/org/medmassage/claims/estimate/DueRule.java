package org.medmassage.claims.estimate;

/**
 * Which of ALT-04's deadlines (45 CFR 149.610(b)(1)(vi)) applies to a Good Faith Estimate, with its business days. A
 * service scheduled fewer than 3 business days ahead is under no scheduling deadline; its estimate is one the patient
 * asked for, due like any request (decision 0075).
 */
public enum DueRule {

    SCHEDULED_10_BUSINESS_DAYS_AHEAD(3, "scheduled at least 10 business days ahead: due within 3 business days of"
            + " scheduling"),
    SCHEDULED_3_BUSINESS_DAYS_AHEAD(1, "scheduled 3 to 9 business days ahead: due within 1 business day of"
            + " scheduling"),
    SCHEDULED_UNDER_3_BUSINESS_DAYS_AHEAD(3, "scheduled fewer than 3 business days ahead: due as on request, within"
            + " 3 business days"),
    REQUESTED(3, "requested by the patient: due within 3 business days of the request");

    private final int businessDays;
    private final String description;

    DueRule(int businessDays, String description) {
        this.businessDays = businessDays;
        this.description = description;
    }

    public int businessDays() {
        return businessDays;
    }

    public String description() {
        return description;
    }
}

package org.medmassage.claims.coding;

/** How a payer counts timed units (BenefitPlan "timed-unit method", RULEBOOK §0). */
public enum TimedUnitMethod {
    CMS_TOTAL_TIME,
    AMA_PER_CODE
}

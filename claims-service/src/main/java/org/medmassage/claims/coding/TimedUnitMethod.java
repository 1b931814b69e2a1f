package org.medmassage.claims.coding;

/** How a plan counts timed units (RULEBOOK §4.2; the member's plan says which, decision 0059). */
public enum TimedUnitMethod {
    CMS_TOTAL_TIME,
    AMA_PER_CODE
}

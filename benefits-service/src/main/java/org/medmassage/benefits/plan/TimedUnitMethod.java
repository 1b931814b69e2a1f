package org.medmassage.benefits.plan;

/**
 * How the plan counts timed units (RULEBOOK §4.2): CMS pools the day's timed minutes (CPT-01, Medicare, Medicaid and
 * most MA plans), the AMA mid-point method counts each code alone (CPT-02, some commercial payers). benefits-service
 * only keeps and announces it: claims-service turns minutes into units at intake (decision 0059).
 */
public enum TimedUnitMethod {
    CMS_TOTAL_TIME,
    AMA_PER_CODE
}

package org.medmassage.authorization.coverage;

/** Whether a visit needs a prior authorization, as far as the coverage authorization-service knows tells. */
public enum PreAuth {
    REQUIRED,
    NOT_REQUIRED,
    /**
     * No coverage known on the date of service: the member has none, or its CoverageActivated has not reached this
     * service yet (claims and coverage travel on different topics, so either can come first). Treated as REQUIRED,
     * but a visit that would be refused for it may wait for the coverage first.
     */
    COVERAGE_UNKNOWN
}

package org.medmassage.authorization.decision;

/** What a requested course of massage is for (RULEBOOK §1.1): restoring function, or keeping a plateaued condition. */
public enum CareGoal {
    /** Treatment of a diagnosed condition towards measurable functional goals. */
    RESTORATIVE,
    /** Keeping the condition where it is once no further measurable gains are expected (MN-09). */
    MAINTENANCE
}

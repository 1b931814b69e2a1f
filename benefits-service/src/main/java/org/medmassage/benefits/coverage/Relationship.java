package org.medmassage.benefits.coverage;

/** The member's relationship to the subscriber (RULEBOOK §0 Coverage). */
public enum Relationship {
    SUBSCRIBER,
    SPOUSE,
    CHILD,
    OTHER_DEPENDENT
}

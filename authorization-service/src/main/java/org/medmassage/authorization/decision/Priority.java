package org.medmassage.authorization.decision;

/** How urgent the request is (PA-01); it sets the decision clock (PA-02). */
public enum Priority {
    STANDARD,
    /** Urgent / expedited: waiting the standard time could seriously jeopardize the member's health. */
    EXPEDITED
}

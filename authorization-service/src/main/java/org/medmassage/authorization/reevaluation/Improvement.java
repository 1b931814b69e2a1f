package org.medmassage.authorization.reevaluation;

/** What a progress report's objective measures show since the last evaluation (MN-06, MN-09). */
public enum Improvement {
    /** Objective, measurable gains (range of motion, tolerance, medication, function): care may continue. */
    MEASURABLE,
    /** No further measurable gains: what follows would be maintenance care (MN-09). */
    PLATEAU
}

package org.medmassage.benefits.application;

/** A coverage names a plan that has not been registered. */
public class UnknownPlanException extends RuntimeException {

    private final String planId;

    public UnknownPlanException(String planId) {
        super("plan " + planId + " does not exist");
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }
}

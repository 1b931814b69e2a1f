package org.medmassage.authorization.application;

import org.medmassage.authorization.decision.Authorization;

/** An extension of an authorization that is not certified, or that waits for a progress report (MN-06). */
public class ExtensionNotAllowedException extends RuntimeException {

    private final String rule;

    public ExtensionNotAllowedException(Authorization authorization, String rule, String why) {
        super("authorization " + authorization.id() + " (" + authorization.status() + ", "
                + authorization.status().x12Code() + ") cannot be extended: " + why);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}

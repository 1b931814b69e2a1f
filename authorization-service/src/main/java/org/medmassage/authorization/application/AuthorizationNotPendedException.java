package org.medmassage.authorization.application;

import org.medmassage.authorization.decision.Authorization;

/** A reviewer's decision on a request that is decided already: only a pended (A4) request is reviewed. */
public class AuthorizationNotPendedException extends RuntimeException {

    public AuthorizationNotPendedException(Authorization authorization) {
        super("authorization " + authorization.id() + " is " + authorization.status() + " ("
                + authorization.status().x12Code() + "), not PENDED (A4): only a pended request is decided by a reviewer");
    }
}

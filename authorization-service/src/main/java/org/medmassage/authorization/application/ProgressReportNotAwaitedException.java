package org.medmassage.authorization.application;

import org.medmassage.authorization.decision.Authorization;

/** A progress report on an authorization that waits for none: not cut at an MN-06 gate, or its gate passed already. */
public class ProgressReportNotAwaitedException extends RuntimeException {

    public ProgressReportNotAwaitedException(Authorization authorization, String why) {
        super("authorization " + authorization.id() + " (" + authorization.status() + ", "
                + authorization.status().x12Code() + ") waits for no progress report: " + why);
    }
}

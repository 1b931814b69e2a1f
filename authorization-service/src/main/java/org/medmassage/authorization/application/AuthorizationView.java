package org.medmassage.authorization.application;

import org.medmassage.authorization.decision.Authorization;

/** An authorization as callers read it: its decision and how many of its visits are used. */
public record AuthorizationView(Authorization authorization, int visitsUsed) {
}

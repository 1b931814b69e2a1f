package org.medmassage.authorization.application;

import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthDenied;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.events.authorization.AuthPended;

/** The event that announces where an authorization's review stands (A1, A2, A3 or A4). */
final class DecisionEvents {

    private DecisionEvents() {
    }

    static DomainEvent of(Authorization authorization) {
        String id = authorization.id().value();
        String number = authorization.number().value();
        String member = authorization.request().memberId();
        String referral = authorization.request().referralId();
        if (authorization instanceof ApprovedAuthorization approved) {
            if (approved.status() == AuthorizationStatus.APPROVED) {
                return new AuthApproved(id, number, member, referral, approved.providerNpi(), approved.procedureCodes(),
                        approved.approvedVisits(), approved.window().from(), approved.window().to());
            }
            return new AuthPartiallyApproved(id, number, member, referral, approved.providerNpi(),
                    approved.procedureCodes(), approved.request().requestedVisits(), approved.approvedVisits(),
                    approved.window().from(), approved.window().to(), approved.reason());
        }
        if (authorization.status() == AuthorizationStatus.DENIED) {
            return new AuthDenied(id, number, member, referral, authorization.reason());
        }
        return new AuthPended(id, number, member, referral, authorization.reason());
    }
}

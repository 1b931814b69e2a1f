package org.medmassage.authorization.decision;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.medmassage.authorization.referral.KnownReferral;

/** Receives a request: gives it its identity, number and due date (PA-02), and decides it at once when it can. */
public final class AuthorizationIntake {

    private final AuthorizationPolicy policy;
    private final DecisionTurnaround turnaround;
    private final AuthorizationNumbers numbers;

    public AuthorizationIntake(AuthorizationPolicy policy, DecisionTurnaround turnaround, AuthorizationNumbers numbers) {
        this.policy = policy;
        this.turnaround = turnaround;
        this.numbers = numbers;
    }

    public Authorization receive(AuthorizationRequest request, Optional<KnownReferral> referral,
            int sessionsAlreadyAuthorized) {
        Decision decision = policy.decide(request, referral, sessionsAlreadyAuthorized);
        return Authorization.of(AuthorizationId.random(),
                numbers.issue(request.receivedAt().atZone(ZoneOffset.UTC).toLocalDate()), request,
                turnaround.dueAt(request.receivedAt(), request.priority()), decision, request.receivedAt());
    }

    /** A pended request, decided now that its referral is known. */
    public Authorization decidePended(PendedAuthorization pended, KnownReferral referral, int sessionsAlreadyAuthorized,
            Instant now) {
        return pended.decide(policy.decide(pended.request(), Optional.of(referral), sessionsAlreadyAuthorized), now);
    }
}

package org.medmassage.authorization.decision;

import java.util.Optional;

/** MN-09: a request for maintenance care (a plateaued condition, no measurable gains expected) is denied (A3). */
public final class MaintenanceCarePolicy {

    public Optional<Decision.Denied> check(AuthorizationRequest request) {
        if (request.careGoal() != CareGoal.MAINTENANCE) {
            return Optional.empty();
        }
        return Optional.of(new Decision.Denied(DenialReasons.MAINTENANCE_CARE, "maintenance care is not medically "
                + "necessary: massage is covered to restore function towards measurable goals, not to keep a condition "
                + "that has plateaued"));
    }
}

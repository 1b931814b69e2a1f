package org.medmassage.claims.coding;

import java.util.List;

/** CPT-02: a unit is attained when the mid-point of 15 minutes is passed, per code; minutes are not pooled. */
final class AmaPerCodeRule implements EightMinuteRule {

    @Override
    public List<Integer> units(List<TimedService> services) {
        return services.stream().map(AmaPerCodeRule::unitsOf).toList();
    }

    private static int unitsOf(TimedService service) {
        if (service.time() instanceof BilledTime.Units units) {
            return units.value();
        }
        if (!service.isTimed()) {
            return 1;
        }
        return EightMinuteRule.unitsForMinutes(((BilledTime.Minutes) service.time()).value());
    }
}

package org.medmassage.authorization.config;

import java.util.Map;
import java.util.stream.Collectors;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;
import org.medmassage.authorization.reevaluation.ReEvaluationGates;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * MN-06 re-evaluation gates (PlanOfCare.reEvalDueAfterVisits / reEvalDueAfterDays): the payer's, and a plan's own by
 * plan id; a gate with neither is off, the default. WA L&I: due-after-visits 6, due-after-days 30.
 */
@ConfigurationProperties("medmassage.authorization.re-evaluation")
public record ReEvaluationProperties(Integer dueAfterVisits, Integer dueAfterDays, Map<String, Gate> plans) {

    public record Gate(Integer dueAfterVisits, Integer dueAfterDays) {
    }

    ReEvaluationGates gates() {
        Map<String, ReEvaluationGate> byPlan = plans == null ? Map.of() : plans.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        plan -> new ReEvaluationGate(plan.getValue().dueAfterVisits(), plan.getValue().dueAfterDays())));
        return new ReEvaluationGates(new ReEvaluationGate(dueAfterVisits, dueAfterDays), byPlan);
    }
}

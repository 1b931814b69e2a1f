package org.medmassage.authorization.reevaluation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** MN-06 per payer and plan: a plan's own gate, else the payer's (which may be off). */
public final class ReEvaluationGates {

    private final ReEvaluationGate payerDefault;
    private final Map<String, ReEvaluationGate> byPlan;

    public ReEvaluationGates(ReEvaluationGate payerDefault, Map<String, ReEvaluationGate> byPlan) {
        this.payerDefault = Objects.requireNonNull(payerDefault, "payerDefault");
        this.byPlan = Map.copyOf(byPlan);
    }

    public static ReEvaluationGates off() {
        return new ReEvaluationGates(ReEvaluationGate.off(), Map.of());
    }

    /** The gate of the member's plan; the payer's when the plan has none or the coverage is not known yet. */
    public ReEvaluationGate forPlan(Optional<String> planId) {
        return planId.map(byPlan::get).orElse(payerDefault);
    }
}

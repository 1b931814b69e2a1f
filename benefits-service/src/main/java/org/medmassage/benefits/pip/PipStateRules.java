package org.medmassage.benefits.pip;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shipped table of states' PIP rules ({@code auto-pip/state-rules.tsv}); a state not in it has no rule. */
public final class PipStateRules {

    private final Map<String, PipStateRule> byState;

    public PipStateRules(List<PipStateRule> rules) {
        this.byState = rules.stream().collect(Collectors.toUnmodifiableMap(PipStateRule::state, Function.identity()));
    }

    public PipStateRule of(String state) {
        return byState.getOrDefault(state, PipStateRule.none(state));
    }
}

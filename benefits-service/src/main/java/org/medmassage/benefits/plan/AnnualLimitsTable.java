package org.medmassage.benefits.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ACA/HSA limits known per year: those of RULEBOOK §5.1 (2025, 2026) plus any the operator configures once HHS and
 * the IRS publish a new year's figures. A plan year without figures cannot be checked against them (the plan's own
 * consistency is still checked); its registration says so instead of guessing.
 */
public final class AnnualLimitsTable {

    public static final AnnualLimitsTable RULEBOOK = new AnnualLimitsTable(Map.of(
            2025, AnnualLimits.of(2025, "9200.00", "18400.00", "1650.00", "3300.00", "8300.00", "16600.00"),
            2026, AnnualLimits.of(2026, "10600.00", "21200.00", "1700.00", "3400.00", "8500.00", "17000.00")));

    private final Map<Integer, AnnualLimits> byYear;

    private AnnualLimitsTable(Map<Integer, AnnualLimits> byYear) {
        this.byYear = Map.copyOf(byYear);
    }

    /** This table with the given years added; a configured year replaces the built-in figures of that year. */
    public AnnualLimitsTable with(Collection<AnnualLimits> years) {
        Map<Integer, AnnualLimits> merged = new HashMap<>(byYear);
        years.forEach(limits -> merged.put(limits.year(), limits));
        return new AnnualLimitsTable(merged);
    }

    public boolean knows(int year) {
        return byYear.containsKey(year);
    }

    public Optional<AnnualLimits> forPlanYear(PlanYear planYear) {
        return Optional.ofNullable(byYear.get(planYear.start().getYear()));
    }
}

package org.medmassage.benefits.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * RULEBOOK §5.1 limits by the calendar year a plan year starts in: the ACA in-network out-of-pocket maximum
 * (self-only / other than self-only) and the HSA-qualified HDHP minimum deductible and maximum out-of-pocket.
 * A year without published figures here is not checked (the figures must come from the IRS/HHS notice first).
 */
public record AnnualLimits(int year, BigDecimal acaOutOfPocketSelf, BigDecimal acaOutOfPocketFamily,
                           BigDecimal hsaMinDeductibleSelf, BigDecimal hsaMinDeductibleFamily,
                           BigDecimal hsaOutOfPocketSelf, BigDecimal hsaOutOfPocketFamily) {

    private static final Map<Integer, AnnualLimits> KNOWN = Map.of(
            2025, limits(2025, "9200.00", "18400.00", "1650.00", "3300.00", "8300.00", "16600.00"),
            2026, limits(2026, "10600.00", "21200.00", "1700.00", "3400.00", "8500.00", "17000.00"));

    public static Optional<AnnualLimits> forPlanYear(PlanYear planYear) {
        return Optional.ofNullable(KNOWN.get(planYear.start().getYear()));
    }

    private static AnnualLimits limits(int year, String acaSelf, String acaFamily, String hsaDedSelf, String hsaDedFamily,
                                       String hsaOopSelf, String hsaOopFamily) {
        return new AnnualLimits(year, new BigDecimal(acaSelf), new BigDecimal(acaFamily), new BigDecimal(hsaDedSelf),
                new BigDecimal(hsaDedFamily), new BigDecimal(hsaOopSelf), new BigDecimal(hsaOopFamily));
    }
}

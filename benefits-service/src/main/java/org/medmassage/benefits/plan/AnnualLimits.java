package org.medmassage.benefits.plan;

import java.math.BigDecimal;

/**
 * RULEBOOK §5.1 limits of one calendar year (the year a plan year starts in): the ACA in-network out-of-pocket maximum
 * (self-only / other than self-only) and the HSA-qualified HDHP minimum deductible and maximum out-of-pocket.
 */
public record AnnualLimits(int year, BigDecimal acaOutOfPocketSelf, BigDecimal acaOutOfPocketFamily,
                           BigDecimal hsaMinDeductibleSelf, BigDecimal hsaMinDeductibleFamily,
                           BigDecimal hsaOutOfPocketSelf, BigDecimal hsaOutOfPocketFamily) {

    public static AnnualLimits of(int year, String acaSelf, String acaFamily, String hsaDedSelf, String hsaDedFamily,
                                  String hsaOopSelf, String hsaOopFamily) {
        return new AnnualLimits(year, new BigDecimal(acaSelf), new BigDecimal(acaFamily), new BigDecimal(hsaDedSelf),
                new BigDecimal(hsaDedFamily), new BigDecimal(hsaOopSelf), new BigDecimal(hsaOopFamily));
    }
}

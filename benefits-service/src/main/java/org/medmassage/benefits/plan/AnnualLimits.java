package org.medmassage.benefits.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * RULEBOOK §5.1 limits of one calendar year (the year a plan year starts in): the ACA in-network out-of-pocket maximum
 * (self-only / other than self-only) and the HSA-qualified HDHP minimum deductible and maximum out-of-pocket.
 */
public record AnnualLimits(int year, BigDecimal acaOutOfPocketSelf, BigDecimal acaOutOfPocketFamily,
                           BigDecimal hsaMinDeductibleSelf, BigDecimal hsaMinDeductibleFamily,
                           BigDecimal hsaOutOfPocketSelf, BigDecimal hsaOutOfPocketFamily) {

    /**
     * What cannot be right in a year's figures: every amount positive, each self-only amount at most its family
     * amount, and the HSA minimum deductible below the HSA out-of-pocket maximum. Empty when consistent.
     */
    public List<String> inconsistencies() {
        List<String> wrong = new ArrayList<>();
        List.of(acaOutOfPocketSelf, acaOutOfPocketFamily, hsaMinDeductibleSelf, hsaMinDeductibleFamily,
                hsaOutOfPocketSelf, hsaOutOfPocketFamily).stream()
                .filter(amount -> amount.signum() <= 0).findFirst()
                .ifPresent(amount -> wrong.add("every figure must be positive, found " + amount));
        atMost(acaOutOfPocketSelf, acaOutOfPocketFamily, "ACA out-of-pocket self-only", wrong);
        atMost(hsaMinDeductibleSelf, hsaMinDeductibleFamily, "HSA minimum deductible self-only", wrong);
        atMost(hsaOutOfPocketSelf, hsaOutOfPocketFamily, "HSA out-of-pocket self-only", wrong);
        atMost(hsaMinDeductibleSelf, hsaOutOfPocketSelf, "HSA minimum deductible", wrong);
        return wrong;
    }

    private static void atMost(BigDecimal amount, BigDecimal ceiling, String what, List<String> wrong) {
        if (amount.compareTo(ceiling) > 0) {
            wrong.add(what + " " + amount + " is above " + ceiling);
        }
    }

    public static AnnualLimits of(int year, String acaSelf, String acaFamily, String hsaDedSelf, String hsaDedFamily,
                                  String hsaOopSelf, String hsaOopFamily) {
        return new AnnualLimits(year, new BigDecimal(acaSelf), new BigDecimal(acaFamily), new BigDecimal(hsaDedSelf),
                new BigDecimal(hsaDedFamily), new BigDecimal(hsaOopSelf), new BigDecimal(hsaOopFamily));
    }
}

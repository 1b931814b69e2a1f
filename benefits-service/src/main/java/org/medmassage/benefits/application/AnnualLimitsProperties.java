package org.medmassage.benefits.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.medmassage.benefits.plan.AnnualLimits;
import org.medmassage.benefits.plan.AnnualLimitsTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code medmassage.benefits.annual-limits.<year>.*}: a year's ACA/HSA figures (RULEBOOK §5.1) once HHS and the IRS
 * publish them, added to the built-in 2025 and 2026 ones; e.g. {@code MEDMASSAGE_BENEFITS_ANNUALLIMITS_2027_ACAOUTOFPOCKETSELF}.
 */
@ConfigurationProperties("medmassage.benefits")
public record AnnualLimitsProperties(Map<Integer, Year> annualLimits) {

    private static final Logger log = LoggerFactory.getLogger(AnnualLimitsProperties.class);

    public AnnualLimitsProperties {
        annualLimits = annualLimits == null ? Map.of() : Map.copyOf(annualLimits);
    }

    /** The RULEBOOK years plus the configured ones; a configured figure that cannot be right stops the service. */
    public AnnualLimitsTable table() {
        annualLimits.keySet().stream().filter(AnnualLimitsTable.RULEBOOK::knows).forEach(year -> log.warn(
                "medmassage.benefits.annual-limits.{} replaces the RULEBOOK §5.1 figures of {}", year, year));
        return AnnualLimitsTable.RULEBOOK.with(annualLimits.entrySet().stream()
                .map(entry -> entry.getValue().toLimits(entry.getKey())).toList());
    }

    /** One year's figures in dollars; all six are required. */
    public record Year(BigDecimal acaOutOfPocketSelf, BigDecimal acaOutOfPocketFamily, BigDecimal hsaMinDeductibleSelf,
                       BigDecimal hsaMinDeductibleFamily, BigDecimal hsaOutOfPocketSelf,
                       BigDecimal hsaOutOfPocketFamily) {

        AnnualLimits toLimits(int year) {
            if (acaOutOfPocketSelf == null || acaOutOfPocketFamily == null || hsaMinDeductibleSelf == null
                    || hsaMinDeductibleFamily == null || hsaOutOfPocketSelf == null || hsaOutOfPocketFamily == null) {
                throw new IllegalStateException("medmassage.benefits.annual-limits." + year
                        + " needs all six figures (aca-out-of-pocket-self, aca-out-of-pocket-family, "
                        + "hsa-min-deductible-self, hsa-min-deductible-family, hsa-out-of-pocket-self, hsa-out-of-pocket-family)");
            }
            AnnualLimits limits = new AnnualLimits(year, acaOutOfPocketSelf, acaOutOfPocketFamily, hsaMinDeductibleSelf,
                    hsaMinDeductibleFamily, hsaOutOfPocketSelf, hsaOutOfPocketFamily);
            List<String> wrong = limits.inconsistencies();
            if (!wrong.isEmpty()) {
                throw new IllegalStateException("medmassage.benefits.annual-limits." + year + ": " + String.join("; ", wrong));
            }
            return limits;
        }
    }
}

package org.medmassage.benefits.config;

import org.medmassage.benefits.costshare.BenefitAdjudicator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pure domain policies as beans, so use cases receive them rather than construct them. */
@Configuration
class BenefitsDomainConfiguration {

    /** CS-01…CS-06; VisitLimitApproaching when a newly counted visit leaves this many or fewer. */
    @Bean
    BenefitAdjudicator benefitAdjudicator(
            @Value("${medmassage.benefits.visit-limit-approaching-threshold:2}") int visitsLeftThreshold) {
        return new BenefitAdjudicator(visitsLeftThreshold);
    }
}

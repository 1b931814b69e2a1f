package org.medmassage.benefits.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.medmassage.benefits.pip.PersonalInjuryProtection;
import org.medmassage.benefits.pip.PipStateRuleFile;
import org.springframework.core.io.ClassPathResource;
import org.medmassage.benefits.application.AnnualLimitsProperties;
import org.medmassage.benefits.costshare.BenefitAdjudicator;
import org.medmassage.benefits.plan.PlanPolicy;
import org.medmassage.benefits.plan.PlanValidator;
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

    /** RULEBOOK §7.3: auto PIP first for accident care, with the states' rules shipped in auto-pip/ (ALT-03). */
    @Bean
    PersonalInjuryProtection personalInjuryProtection() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("auto-pip/state-rules.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            return new PersonalInjuryProtection(PipStateRuleFile.read(reader));
        }
    }

    /** CS-03, CS-04, CS-06 and the ACA/HSA limits of RULEBOOK §5.1 plus the configured years. */
    @Bean
    PlanPolicy planPolicy(AnnualLimitsProperties annualLimits) {
        return new PlanPolicy(new PlanValidator(annualLimits.table()));
    }
}

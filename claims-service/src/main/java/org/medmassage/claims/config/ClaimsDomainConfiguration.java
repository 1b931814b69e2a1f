package org.medmassage.claims.config;

import org.medmassage.claims.coding.EightMinuteRule;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.intake.ClaimIntake;
import org.medmassage.codesets.IcdCodeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The domain policies the use cases run, configured once. */
@Configuration
@EnableScheduling // LateClaimsSweep
class ClaimsDomainConfiguration {

    /** Loaded once at start-up (~75k codes a release); its horizon is watched by service-support (DX-01). */
    @Bean
    IcdCodeSet icdCodeSet() {
        return IcdCodeSet.standard();
    }

    /** CPT-01 (CMS total time) unless the payer counts per code (CPT-02): CONFIG, RULEBOOK §4.2. */
    @Bean
    ClaimIntake claimIntake(@Value("${medmassage.claims.timed-unit-method:CMS_TOTAL_TIME}") TimedUnitMethod method,
            IcdCodeSet icdCodeSet) {
        return new ClaimIntake(EightMinuteRule.of(method), icdCodeSet);
    }
}

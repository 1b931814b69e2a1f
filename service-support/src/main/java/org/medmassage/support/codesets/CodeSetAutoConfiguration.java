package org.medmassage.support.codesets;

import java.time.Clock;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.support.config.SupportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** In a service that holds the ICD-10-CM code set as a bean (referral, claims), operations watch its horizon. */
@AutoConfiguration(after = SupportAutoConfiguration.class)
@ConditionalOnClass(IcdCodeSet.class)
public class CodeSetAutoConfiguration {

    /** The health contributor is named "icd10cm" in /actuator/health. */
    @Bean
    @ConditionalOnBean(IcdCodeSet.class)
    CodeSetHorizonActuator icd10cmHealthIndicator(IcdCodeSet codeSet, Clock clock) {
        return new CodeSetHorizonActuator(codeSet, clock);
    }
}

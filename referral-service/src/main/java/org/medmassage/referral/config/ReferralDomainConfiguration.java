package org.medmassage.referral.config;

import java.util.List;
import java.util.Set;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.IcdTitles;
import org.medmassage.codesets.WellnessRedFlags;
import org.medmassage.referral.letter.LetterValidity;
import org.medmassage.referral.validation.ReferralRules;
import org.medmassage.referral.validation.ReferralValidation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The domain objects as beans: the ICD-10-CM code set is loaded once at start-up (~75k codes, ~0.5 MB). Scheduling is
 * on for the expiry sweep (MN-04).
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(ReferralProperties.class)
class ReferralDomainConfiguration {

    @Bean
    IcdCodeSet icdCodeSet() {
        return IcdCodeSet.standard();
    }

    @Bean
    ReferralRules referralRules(ReferralProperties properties) {
        return new ReferralRules(
                isEmpty(properties.prescriberTypes()) ? ReferralRules.DEFAULT_PRESCRIBER_TYPES
                        : Set.copyOf(properties.prescriberTypes()),
                isEmpty(properties.procedureCodes()) ? ReferralRules.DEFAULT_PROCEDURE_CODES
                        : Set.copyOf(properties.procedureCodes()),
                properties.maxReferralAgeDays() == null ? ReferralRules.DEFAULT_MAX_REFERRAL_AGE_DAYS
                        : properties.maxReferralAgeDays(),
                isEmpty(properties.wellnessRedFlags()) ? WellnessRedFlags.defaults()
                        : new WellnessRedFlags(properties.wellnessRedFlags()));
    }

    @Bean
    IcdTitles icdTitles() {
        return IcdTitles.standard();
    }

    @Bean
    LetterValidity letterValidity(ReferralProperties properties) {
        return new LetterValidity(properties.letterValidityMonths() == null ? LetterValidity.MAX_MONTHS
                : properties.letterValidityMonths());
    }

    @Bean
    ReferralValidation referralValidation(ReferralRules rules, IcdCodeSet icdCodeSet) {
        return new ReferralValidation(rules, icdCodeSet);
    }

    private static boolean isEmpty(List<String> values) {
        return values == null || values.isEmpty();
    }
}

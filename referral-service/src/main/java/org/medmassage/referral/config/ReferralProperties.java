package org.medmassage.referral.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The payer's referral CONFIG (MN-03 prescriber types, services, MN-04 maximum referral age, MN-07 wellness codes,
 * ALT-01 letter validity in months), under {@code medmassage.referral.*}; anything left out takes the rulebook default.
 */
@ConfigurationProperties("medmassage.referral")
public record ReferralProperties(
        List<String> prescriberTypes,
        List<String> procedureCodes,
        Integer maxReferralAgeDays,
        List<String> wellnessRedFlags,
        Integer letterValidityMonths) {
}

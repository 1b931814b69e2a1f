package org.medmassage.referral.config;

import static org.medmassage.support.security.EndpointAccess.allow;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.PRESCRIBER;
import static org.medmassage.support.security.Role.REVIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.medmassage.support.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which endpoint (issue 12); ops reads every GET. A member's and a prescriber's reach is narrowed further
 * to their own referrals (web/VisibleReferrals) and, on {@code /members/{memberId}}, to their own member id.
 */
@Configuration
class ReferralEndpointAccess {

    private static final String LETTER = "/referrals/{referralId}/letter-of-medical-necessity";

    @Bean
    EndpointAccess endpointAccess() {
        return EndpointAccess.of(
                allow(POST, "/referrals", PRESCRIBER, ADMIN),
                allow(GET, "/referrals/{referralId}", MEMBER, PRESCRIBER, REVIEWER, ADMIN),
                allow(GET, "/fhir/ServiceRequest/{referralId}", MEMBER, PRESCRIBER, REVIEWER, ADMIN),
                allow(POST, "/referrals/{referralId}/revoke", PRESCRIBER, ADMIN),
                allow(POST, LETTER, MEMBER, PRESCRIBER, ADMIN),
                allow(GET, LETTER, MEMBER, PRESCRIBER, REVIEWER, ADMIN),
                allow(GET, "/members/{memberId}/referrals", MEMBER, REVIEWER, ADMIN));
    }
}

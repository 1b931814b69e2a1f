package org.medmassage.benefits.config;

import static org.medmassage.support.security.EndpointAccess.allow;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.PRESCRIBER;
import static org.medmassage.support.security.Role.PROVIDER;
import static org.medmassage.support.security.Role.REVIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import org.medmassage.support.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which endpoint (issue 12); ops reads every GET. Every member resource is under
 * {@code /members/{memberId}}, so a member reaches only their own (403 for another's, audited); the reviewer reads
 * plans and benefits for its decisions; only the admin writes. A plan document holds no PHI: every role may read it.
 */
@Configuration
class BenefitsEndpointAccess {

    private static final String MEMBER_PATH = "/members/{memberId}";

    @Bean
    EndpointAccess endpointAccess() {
        return EndpointAccess.of(
                allow(PUT, MEMBER_PATH, ADMIN),
                allow(GET, MEMBER_PATH, MEMBER, REVIEWER, ADMIN),
                allow(PUT, MEMBER_PATH + "/coverage", ADMIN),
                allow(GET, MEMBER_PATH + "/coverage", MEMBER, REVIEWER, ADMIN),
                allow(GET, MEMBER_PATH + "/coverages", MEMBER, REVIEWER, ADMIN),
                allow(GET, MEMBER_PATH + "/benefits", MEMBER, REVIEWER, ADMIN),
                allow(GET, MEMBER_PATH + "/ledger", MEMBER, REVIEWER, ADMIN),
                allow(PUT, "/plans/{planId}", ADMIN),
                allow(GET, "/plans/{planId}", MEMBER, PROVIDER, PRESCRIBER, REVIEWER, ADMIN));
    }
}

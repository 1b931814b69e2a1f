package org.medmassage.authorization.config;

import static org.medmassage.support.security.EndpointAccess.allow;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.PRESCRIBER;
import static org.medmassage.support.security.Role.PROVIDER;
import static org.medmassage.support.security.Role.REVIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.medmassage.support.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which endpoint (issue 12); ops reads every GET. A provider requests authorizations only under its own
 * NPI (the body's {@code providerNpi}, checked by the controller), and a member and a provider read only their own
 * authorizations (web/VisibleAuthorizations); the reviewer and the admin see all. The review queue is the reviewer's
 * and the admin's; only a reviewer decides a pended request: a denial or a cut on medical necessity is a clinical
 * judgment, and the admin configures the payer (plans, coverage, providers), it does not review care (issue 14).
 * A progress report (MN-06) comes from who re-evaluated the member: the authorization's rendering provider or its
 * referral's prescriber, each by the NPI in its token (checked by the controller; anyone else gets a 404). An
 * extension (PA-06) is asked for by the authorization's rendering provider, by the NPI in its token (decision 0065).
 */
@Configuration
class AuthorizationEndpointAccess {

    @Bean
    EndpointAccess endpointAccess() {
        return EndpointAccess.of(
                allow(POST, "/authorizations", PROVIDER, ADMIN),
                allow(GET, "/authorizations/{authorizationId}", MEMBER, PROVIDER, REVIEWER, ADMIN),
                allow(GET, "/authorizations", REVIEWER, ADMIN),
                allow(POST, "/authorizations/{authorizationId}/decision", REVIEWER),
                allow(POST, "/authorizations/{authorizationId}/progress-report", PROVIDER, PRESCRIBER),
                allow(POST, "/authorizations/{authorizationId}/extension", PROVIDER),
                // Da Vinci PAS (decision 0079): $submit as POST /authorizations, $inquire as GET /authorizations/{id}
                allow(POST, "/fhir/Claim/$submit", PROVIDER, ADMIN),
                allow(POST, "/fhir/Claim/$inquire", MEMBER, PROVIDER, REVIEWER, ADMIN));
    }
}

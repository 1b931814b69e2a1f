package org.medmassage.claims.config;

import static org.medmassage.support.security.EndpointAccess.allow;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.PROVIDER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.medmassage.support.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which endpoint (issue 12); ops reads every GET. A provider submits claims only under its own NPI and,
 * like a member, reads only its own claims (web/ClaimController, web/VisibleClaims); the payer's admin does not
 * submit claims, it configures providers and fee schedules and voids claims.
 */
@Configuration
class ClaimsEndpointAccess {

    @Bean
    EndpointAccess endpointAccess() {
        return EndpointAccess.of(
                allow(POST, "/claims", PROVIDER),
                allow(GET, "/claims", ADMIN), // ?status=PENDED, the operators' list (ops reads every GET)
                allow(GET, "/claims/{claimId}", MEMBER, PROVIDER, ADMIN),
                allow(POST, "/claims/{claimId}/void", ADMIN),
                // issue 13 items 7 and 8: the member's EOB, the provider's remittance (owners: web/VisibleClaims; the
                // day's NPI: web/RemittanceController)
                allow(GET, "/claims/{claimId}/eob", MEMBER, PROVIDER, ADMIN),
                // CARIN Blue Button (issue 18 item 4): read like the JSON EOB; the search is the member's own app's
                allow(GET, "/fhir/ExplanationOfBenefit/{claimId}", MEMBER, PROVIDER, ADMIN),
                allow(GET, "/fhir/ExplanationOfBenefit", MEMBER, ADMIN),
                allow(GET, "/claims/{claimId}/remittance", PROVIDER, ADMIN),
                // issue 15 item 6: the HSA/FSA receipt, read like the EOB (decision 0071)
                allow(GET, "/claims/{claimId}/receipt", MEMBER, PROVIDER, ADMIN),
                allow(GET, "/remittances", PROVIDER, ADMIN),
                // issue 18: the same claims and remittances in X12 (decision 0078); a provider for its own NPI
                allow(POST, "/x12/837", PROVIDER, ADMIN),
                allow(GET, "/x12/835", PROVIDER, ADMIN),
                allow(GET, "/claims/{claimId}/835", PROVIDER, ADMIN),
                // issue 15 item 5: a Good Faith Estimate is the provider's (its own NPI: web/GoodFaithEstimateController)
                // or the admin's to issue; read by its patient and provider (web/VisibleGoodFaithEstimates), decision 0075
                allow(POST, "/good-faith-estimates", PROVIDER, ADMIN),
                allow(GET, "/good-faith-estimates/{estimateId}", MEMBER, PROVIDER, ADMIN),
                allow(GET, "/members/{memberId}/good-faith-estimates", MEMBER, ADMIN),
                allow(PUT, "/fee-schedules/out-of-network", ADMIN),
                allow(PUT, "/providers/{npi}", ADMIN),
                // decision 0060: what is stored on a provider, for the admin and for that provider (its own NPI)
                allow(GET, "/providers/{npi}", PROVIDER, ADMIN));
    }
}

package org.medmassage.claims.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.swagger.v3.oas.models.OpenAPI;
import org.medmassage.support.openapi.ApiDocument;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The story in the OpenAPI document (decision 0076): the session of 2026-03-10 billed, the therapist's contract and
 * cash rates, the out-of-network schedule, a void; what springdoc cannot see of the controllers (a 202, the 409s).
 */
@Component
class ClaimsOpenApi implements OpenApiCustomizer {

    private static final String CLAIM = "/claims/{claimId}";

    // RULEBOOK §5.3's common visit: 97124 x 2 ($120.00) and 97140-59 x 1 ($60.00) on 2026-03-10, under the story's
    // pre-authorization, for low back pain
    private static final String STORY_CLAIM = """
            {"memberId": "M-1001", "authorizationNumber": "A20260302-7KQ4M9XZ",
             "renderingProviderNpi": "1245319599", "dateOfService": "2026-03-10", "placeOfService": "11",
             "diagnosisCodes": ["M54.50"],
             "lines": [
               {"procedureCode": "97124", "modifiers": ["GP"], "units": 2, "charge": 120.00, "diagnosisPointers": [1]},
               {"procedureCode": "97140", "modifiers": ["GP", "59"], "units": 1, "charge": 60.00,
                "diagnosisPointers": [1]}]}
            """;

    // the story's in-network contract (RULEBOOK §5.3) and the self-pay cash rates of decision 0073's example
    private static final String STORY_PROVIDER = """
            {"name": "Riverside Medical Massage", "network": "IN_NETWORK",
             "rates": {"97124": 35.00, "97140": 32.00}, "taxId": "12-3456789",
             "cashRates": {"97124": 30.00, "97140": 28.50}}
            """;

    @Override
    public void customise(OpenAPI api) {
        ApiDocument.of(api)
                .requestExample(POST, "/claims", "story", "97124 x 2 and 97140 x 1 on 2026-03-10", STORY_CLAIM)
                .answers(POST, "/claims", 202, "Accepted: RECEIVED, adjudicated through the saga (read it with GET "
                        + "/claims/{claimId}); the same Idempotency-Key again answers the first claim; a frequency 8 "
                        + "void of a prior claim answers 200 with that claim")
                .requestExample(PUT, "/providers/{npi}", "story", "The in-network therapist, contract and cash rates",
                        STORY_PROVIDER)
                .requestExample(PUT, "/fee-schedules/out-of-network", "story", "The out-of-network maximum allowable",
                        """
                        {"rates": {"97124": 30.00, "97140": 28.00}}
                        """)
                .requestExample(POST, CLAIM + "/void", "story", "Billed in error (CS-07)", """
                        {"reason": "billed in error"}
                        """)
                .conflict(POST, CLAIM + "/void", "the claim is still being adjudicated (CS-07)")
                .conflict(GET, CLAIM + "/eob", "the claim is not decided yet (FMT-02)")
                .conflict(GET, CLAIM + "/remittance", "the claim is not decided yet (FMT-01)")
                .conflict(GET, CLAIM + "/receipt", "the claim is not paid (ALT-02)");
    }
}

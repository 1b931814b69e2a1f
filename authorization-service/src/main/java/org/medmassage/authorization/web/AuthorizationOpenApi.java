package org.medmassage.authorization.web;

import static org.springframework.http.HttpMethod.POST;

import io.swagger.v3.oas.models.OpenAPI;
import org.medmassage.support.openapi.ApiDocument;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The story in the OpenAPI document (decision 0076): the therapist's request for the referral's 12 visits, a
 * reviewer's decision, an extension, a progress report; what springdoc cannot see of the controllers (a 201, the 409s).
 */
@Component
class AuthorizationOpenApi implements OpenApiCustomizer {

    private static final String AUTHORIZATION = "/authorizations/{authorizationId}";

    // RULEBOOK's story: the referral of 2026-03-02 ("12 sessions over 6 weeks"), treated by in-network NPI 1245319599
    private static final String STORY_REQUEST = """
            {"memberId": "M-1001", "referralId": "3f2b8c1e-5d4a-4e8b-9c7d-2a1e6f0b9d34",
             "providerNpi": "1245319599", "procedureCodes": ["97124", "97140"], "requestedVisits": 12,
             "startDate": "2026-03-02", "priority": "STANDARD"}
            """;

    @Override
    public void customise(OpenAPI api) {
        ApiDocument.of(api)
                .requestExample(POST, "/authorizations", "story", "The referral's 12 visits from its first day",
                        STORY_REQUEST)
                .answers(POST, "/authorizations", 201, "Created: decided at once (A1, A2, A3) or PENDED (A4) until "
                        + "its referral arrives or a reviewer decides; Location names it")
                .requestExample(POST, AUTHORIZATION + "/decision", "story", "A reviewer approves 8 of the 12 visits",
                        """
                        {"outcome": "PARTIALLY_APPROVE", "approvedVisits": 8,
                         "reason": "8 visits, then a progress report before more (MN-06)"}
                        """)
                .conflict(POST, AUTHORIZATION + "/decision", "the authorization is not pended (decision 0051)")
                .requestExample(POST, AUTHORIZATION + "/extension", "story", "6 more visits to 2026-05-10 (PA-06)",
                        """
                        {"additionalVisits": 6, "endDate": "2026-05-10",
                         "reason": "Lumbar flexion up from 40 to 60 degrees; sitting tolerance 20 to 45 minutes"}
                        """)
                .conflict(POST, AUTHORIZATION + "/extension",
                        "the authorization is not certified, or awaits a progress report (decision 0065)")
                .requestExample(POST, AUTHORIZATION + "/progress-report", "story", "Measurable gains (MN-06)", """
                        {"reportedOn": "2026-04-10", "improvement": "MEASURABLE",
                         "objectiveMeasures": "Lumbar flexion 60 degrees (was 40); sitting tolerance 45 minutes (was 20)"}
                        """)
                .conflict(POST, AUTHORIZATION + "/progress-report", "no progress report is awaited (decision 0063)");
    }
}

package org.medmassage.benefits.web;

import static org.springframework.http.HttpMethod.PUT;

import io.swagger.v3.oas.models.OpenAPI;
import org.medmassage.support.openapi.ApiDocument;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The story in the OpenAPI document (decision 0076): the GOLD-PPO plan, member M-1001 and their coverage. */
@Component
class BenefitsOpenApi implements OpenApiCustomizer {

    // the story's plan (PLAN.md, the demo data): in network 500.00 / 20 % / OOP 3,000.00, 20 visits a year
    private static final String STORY_PLAN = """
            {"planYearStart": "01-01", "preAuthRequired": true, "referralRequired": false, "visitLimit": 20,
             "inNetwork": {"deductible": 500.00, "coinsurancePercent": 20, "copay": 0.00, "outOfPocketMax": 3000.00},
             "outOfNetwork": {"deductible": 1000.00, "coinsurancePercent": 40, "copay": 0.00, "outOfPocketMax": null}}
            """;

    @Override
    public void customise(OpenAPI api) {
        ApiDocument.of(api)
                .requestExample(PUT, "/plans/{planId}", "story", "GOLD-PPO: 500.00 deductible, 20 %, 20 visits",
                        STORY_PLAN)
                .requestExample(PUT, "/members/{memberId}", "story", "The story's patient", """
                        {"firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1985-04-12"}
                        """)
                .requestExample(PUT, "/members/{memberId}/coverage", "story", "GOLD-PPO for plan year 2026", """
                        {"planId": "GOLD-PPO", "effectiveFrom": "2026-01-01", "effectiveTo": "2026-12-31"}
                        """);
    }
}

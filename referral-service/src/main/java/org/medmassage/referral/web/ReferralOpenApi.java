package org.medmassage.referral.web;

import static org.springframework.http.HttpMethod.POST;

import io.swagger.v3.oas.models.OpenAPI;
import org.medmassage.support.openapi.ApiDocument;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The story in the OpenAPI document (decision 0076): the prescriber's referral; what springdoc cannot see of the
 * controllers (a 201, a 409).
 */
@Component
class ReferralOpenApi implements OpenApiCustomizer {

    // RULEBOOK §5.3's story: low back pain, "12 sessions over 6 weeks" of 97124 and 97140, written 2026-03-02
    private static final String STORY_REFERRAL = """
            {"memberId": "M-1001",
             "prescriber": {"npi": "1234567893", "name": "Dr. Ada Quinn", "type": "PHYSICIAN"},
             "diagnosisCodes": ["M54.50"], "procedureCodes": ["97124", "97140"],
             "sessions": 12, "durationWeeks": 6, "issuedOn": "2026-03-02"}
            """;

    @Override
    public void customise(OpenAPI api) {
        ApiDocument.of(api)
                .requestExample(POST, "/referrals", "story",
                        "12 sessions over 6 weeks for low back pain (M54.50)", STORY_REFERRAL)
                .answers(POST, "/referrals", 201, "Created: the referral with its window (validFrom, validTo) and "
                        + "any warnings; Location names it")
                .requestExample(POST, "/referrals/{referralId}/revoke", "story",
                        "The prescriber withdraws the referral", """
                                {"reason": "Patient referred to physical therapy instead"}
                                """)
                .conflict(POST, "/referrals/{referralId}/revoke", "the referral is no longer active (MN-04)")
                .answers(POST, "/referrals/{referralId}/letter-of-medical-necessity", 201,
                        "Created: the letter, naming the patient, valid as long as its referral (ALT-01)")
                .conflict(POST, "/referrals/{referralId}/letter-of-medical-necessity",
                        "the referral is no longer active (ALT-01)");
    }
}

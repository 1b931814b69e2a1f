package org.medmassage.claims.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CodeExplanationsTest {

    // every group-CARC and RARC a claims-service remittance can carry (see CodeExplanations), OA-18 included
    @ParameterizedTest
    @ValueSource(strings = {"CO-45", "PR-45", "PR-1", "PR-2", "PR-3", "OA-18", "CO-15", "CO-26", "CO-27", "CO-197",
            "CO-198", "CO-284", "CO-296", "PR-119", "PR-204", "M62", "N54", "N130", "N640", "CO-97", "CO-236", "CO-151",
            "N19", "N20", "N362", "CO-50", "CO-185", "N95", "N570", "CO-288", "N29", "CO-19", "CO-21", "N4"})
    void every_code_the_service_can_emit_is_worded_for_the_member(String code) {
        String words = code.matches("[A-Z]{2}-.*") ? CodeExplanations.adjustment(code) : CodeExplanations.remark(code);

        assertThat(CodeExplanations.explains(code)).isTrue();
        assertThat(words).doesNotContain("Call member services to have it explained").hasSizeGreaterThan(30);
    }

    @Test
    void a_code_another_service_starts_to_send_is_named_and_referred_to_member_services() {
        assertThat(CodeExplanations.adjustment("OA-22")).isEqualTo(
                "Adjustment OA-22. Call member services to have it explained.");
        assertThat(CodeExplanations.remark("MA01")).startsWith("Remark MA01.");
        assertThat(CodeExplanations.explains("OA-22")).isFalse();
    }

    @Test
    void a_code_the_payer_carries_tells_the_member_the_provider_may_not_bill_them() {
        assertThat(List.of("CO-15", "CO-197", "CO-198", "CO-284", "CO-296"))
                .allSatisfy(code -> assertThat(CodeExplanations.adjustment(code)).contains("may not bill you"));
    }

    // a duplicate is denied OA-18, not CO-18 (decision 0053): the EOB words the code the remittance carries
    @Test
    void an_OA_18_duplicate_is_worded_and_tells_the_member_there_is_nothing_to_do() {
        assertThat(CodeExplanations.explains("OA-18")).isTrue();
        assertThat(CodeExplanations.adjustment("OA-18")).contains("already billed on another claim");
        assertThat(NextSteps.forDenials(List.of("OA-18"))).hasSize(2).first().asString()
                .startsWith("Nothing to do");
    }

    // decision 0060: a provider who cannot be paid is the plan's and the provider's matter, never the member's bill
    @Test
    void a_CO_185_denial_says_the_provider_cannot_be_paid_and_what_the_member_can_do() {
        assertThat(CodeExplanations.adjustment("CO-185")).contains("cannot be paid under your plan", "licence",
                "may not bill you");
        assertThat(CodeExplanations.remark("N95")).contains("licence valid on that date");
        assertThat(CodeExplanations.remark("N570")).contains("not credentialed with your plan");
        assertThat(NextSteps.forDenials(List.of("CO-185"))).hasSize(2).first().asString()
                .contains("choose a provider your plan covers", "self-pay rate");
    }

    // decision 0061: benefits denies CO-185 N95 a provider type the plan does not pay for massage
    @Test
    void a_CO_185_N95_denial_also_says_the_plan_may_not_pay_this_type_of_provider_for_massage() {
        assertThat(CodeExplanations.adjustment("CO-185")).contains("type of provider",
                "pays only some types of provider for massage");
        assertThat(CodeExplanations.remark("N95")).startsWith("This type of provider may not bill this service")
                .contains("does not pay this provider type for massage");
    }

    // decision 0068: a claim for an injury another payer owes is the provider's to re-bill, never the member's bill
    @Test
    void a_CO_19_or_CO_21_denial_says_who_pays_instead_and_that_the_member_owes_nothing() {
        assertThat(CodeExplanations.adjustment("CO-19")).contains("workers' compensation carrier", "may not bill you");
        assertThat(CodeExplanations.adjustment("CO-21")).contains("personal injury protection", "may not bill you");
        assertThat(CodeExplanations.remark("N4")).contains("other insurer's decision");
        assertThat(NextSteps.forDenials(List.of("CO-19"))).hasSize(2).first().asString()
                .contains("You do not owe anything", "workers' compensation carrier and claim number",
                        "not work related");
        assertThat(NextSteps.forDenials(List.of("CO-21"))).hasSize(2).first().asString()
                .contains("You do not owe anything", "auto insurer");
    }

    @Test
    void next_steps_are_given_once_per_kind_of_denial_and_end_with_the_appeal() {
        assertThat(NextSteps.forDenials(List.of("CO-197", "CO-284", "PR-204")))
                .hasSize(3).endsWith(NextSteps.APPEAL);
        assertThat(NextSteps.forDenials(List.of("OA-23"))).containsExactly(NextSteps.APPEAL);
        assertThat(NextSteps.forDenials(List.of())).isEmpty();
    }

    @Test
    void a_procedure_code_is_described_in_plain_words_or_named_as_it_is() {
        assertThat(ServiceDescriptions.describe("97124")).isEqualTo("Massage therapy, 15-minute units");
        assertThat(ServiceDescriptions.describe("97140")).startsWith("Manual therapy");
        assertThat(ServiceDescriptions.describe("99213")).isEqualTo("Service with procedure code 99213");
    }
}

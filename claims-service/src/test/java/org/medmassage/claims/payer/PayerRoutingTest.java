package org.medmassage.claims.payer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.codesets.RemittanceCodeList;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

class PayerRoutingTest {

    private static final LocalDate INJURED = LocalDate.of(2026, 2, 20);
    private static final WorkersCompensation WC = new WorkersCompensation("Evergreen Mutual", "WC-2026-0042",
            "Acme Logistics");

    /** RULEBOOK §7.2 / §7.3 (decision 0068): each related cause × payer × prior payer's denial. */
    @ParameterizedTest(name = "{0} for {1}, prior denial {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            "HEALTH_PLAN,  none,           none, none",
            "HEALTH_PLAN,  EMPLOYMENT,     none, CO-19 N4",
            "HEALTH_PLAN,  EMPLOYMENT,     P2,   none",
            "HEALTH_PLAN,  AUTO_ACCIDENT,  none, CO-21 N4",
            "HEALTH_PLAN,  EMPLOYMENT,     45,   CO-19 N4",
            "HEALTH_PLAN,  EMPLOYMENT,     119,  CO-19 N4",
            "HEALTH_PLAN,  AUTO_ACCIDENT,  22,   none",
            "HEALTH_PLAN,  AUTO_ACCIDENT,  119,  none",
            "HEALTH_PLAN,  AUTO_ACCIDENT,  204,  none",
            "HEALTH_PLAN,  AUTO_ACCIDENT,  P2,   CO-21 N4",
            "HEALTH_PLAN,  OTHER_ACCIDENT, none, none",
            "HEALTH_PLAN,  OTHER_ACCIDENT, P2,   none",
            "WORKERS_COMP, EMPLOYMENT,     none, none",
            "WORKERS_COMP, EMPLOYMENT,     P2,   none",
            "WORKERS_COMP, AUTO_ACCIDENT,  none, none",
            "WORKERS_COMP, OTHER_ACCIDENT, none, none",
            "AUTO_PIP,     AUTO_ACCIDENT,  none, none",
            "AUTO_PIP,     EMPLOYMENT,     none, none"})
    void routes_an_injury_to_the_payer_that_owes_it(Payer payer, RelatedCause cause, String priorCarc,
            String expected) {
        ClaimPayer claim = new ClaimPayer(payer, cause == null ? List.of() : List.of(cause), "NJ",
                cause == null ? null : INJURED, payer == Payer.WORKERS_COMP ? WC : null,
                priorCarc == null ? null : new PriorPayerDenial(priorCarc));

        Optional<CodedRejection> misrouted = PayerRouting.misrouted(claim);

        assertThat(misrouted.map(rejection -> rejection.code() + " " + rejection.rarc()).orElse(null))
                .isEqualTo(expected);
    }

    @Test
    void a_work_injury_billed_to_the_health_plan_is_denied_CO_19_N4_saying_to_bill_the_carrier() {
        CodedRejection rejection = PayerRouting.misrouted(injury(RelatedCause.EMPLOYMENT)).orElseThrow();

        assertThat(rejection.group()).isEqualTo(AdjustmentGroup.CO);
        assertThat(rejection.reason()).contains("2026-02-20", "work related", "workers' compensation carrier");
    }

    @Test
    void an_auto_accident_billed_to_the_health_plan_is_denied_CO_21_N4_naming_its_state() {
        CodedRejection rejection = PayerRouting.misrouted(injury(RelatedCause.AUTO_ACCIDENT)).orElseThrow();

        assertThat(rejection.group()).isEqualTo(AdjustmentGroup.CO);
        assertThat(rejection.reason()).contains("NJ", "no-fault", "PIP");
    }

    // a work injury in a car (a delivery driver) is the workers' comp carrier's first
    @Test
    void a_work_injury_in_an_auto_accident_is_the_workers_comp_carrier_s_first() {
        ClaimPayer both = new ClaimPayer(Payer.HEALTH_PLAN,
                List.of(RelatedCause.AUTO_ACCIDENT, RelatedCause.EMPLOYMENT), "NJ", INJURED, null, null);

        assertThat(PayerRouting.misrouted(both)).map(CodedRejection::carc).contains("19");
    }

    @Test
    void the_codes_it_denies_with_are_in_the_carc_and_rarc_list() {
        assertThat(RemittanceCodeList.carc("19")).hasValueSatisfying(text -> assertThat(text).contains("workers'"));
        assertThat(RemittanceCodeList.carc("21")).hasValueSatisfying(text -> assertThat(text).contains("no-fault"));
        assertThat(RemittanceCodeList.rarc("N4")).hasValueSatisfying(text -> assertThat(text).contains("prior"));
        assertThat(RemittanceCodeList.carc("P2")).isPresent();
    }

    private static ClaimPayer injury(RelatedCause cause) {
        return new ClaimPayer(Payer.HEALTH_PLAN, List.of(cause), "NJ", INJURED, null, null);
    }
}

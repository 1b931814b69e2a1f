package org.medmassage.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.era.ClaimPaymentAdvice;
import org.medmassage.claims.era.RemittanceAdvices;
import org.medmassage.claims.explanation.WorkedExamples;

class Remittance835Test {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 12, 18, 0);
    private static final Remittance835.Payer PAYER = new Remittance835.Payer("MEDMASSAGE", "MEDMASSAGE HEALTH PLAN");

    @Test
    void writes_example_1_as_a_balanced_835_with_its_CLP_SVC_CAS_AMT_and_dates() throws Exception {
        Claim claim = WorkedExamples.example1();
        String id = claim.id().toString();

        String text = write(List.of(RemittanceAdvices.original(claim, DAY)));

        assertThat(text).contains("ST*835*0001*005010X221A1~", "BPR*I*41.60*C*CHK************20260312~",
                "TRN*1*T-1*MEDMASSAGE~", "N1*PR*MEDMASSAGE HEALTH PLAN~", "N1*PE**XX*" + WorkedExamples.NPI + "~",
                "CLP*" + id + "*1*180.00*41.60*60.40*CI*" + id + "~", "SVC*HC:97124:GP*120.00*16.00**2~",
                "DTM*472*", "REF*6R*1~", "AMT*B6*70.00~", "SVC*HC:97140:GP:59*60.00*25.60**1~");
        assertThat(text).containsPattern("CAS\\*CO\\*45\\*50\\.00~");
        Balances835.assertBalanced(text);
    }

    @Test
    void a_denied_claim_is_CLP02_4_with_its_LQ_remark_and_the_workers_comp_and_self_paid_filing_indicators()
            throws Exception {
        Claim denied = WorkedExamples.example6a();
        String id = denied.id().toString();

        String text = write(List.of(RemittanceAdvices.original(denied, DAY),
                RemittanceAdvices.original(WorkedExamples.example10(), DAY),
                RemittanceAdvices.original(WorkedExamples.selfPaid(), DAY)));

        assertThat(text).contains("CLP*" + id + "*4*180.00*0.00*0.00*CI*" + id + "~", "CAS*CO*197*120.00~",
                "LQ*HE*M62~", "*1*180.00*96.00*0.00*WC*", "*1*180.00*0.00*88.50*ZZ*");
        Balances835.assertBalanced(text);
    }

    @Test
    void a_void_is_its_reversal_22_netting_the_day_to_zero() throws Exception {
        Claim voided = WorkedExamples.example1Voided(Instant.parse("2026-03-12T18:00:00Z"));

        String text = write(List.of(RemittanceAdvices.original(voided, DAY), RemittanceAdvices.reversal(voided, DAY)));

        assertThat(text).contains("*22*-180.00*-41.60*-60.40*CI*", "BPR*H*0.00*C*NON");
        Balances835.assertBalanced(text);
    }

    @Test
    void a_day_of_reversals_only_pays_nothing_and_forwards_the_balance_with_PLB_FB() throws Exception {
        Claim voided = WorkedExamples.example2().voidWith(new Voiding("Duplicate.", Instant.parse("2026-03-12T10:00:00Z")));

        String text = write(List.of(RemittanceAdvices.reversal(voided, DAY)));

        assertThat(text).contains("BPR*H*0.00", "PLB*" + WorkedExamples.NPI + "*20261231*FB:T-1*-72.00~");
        Balances835.assertBalanced(text);
    }

    @Test
    void a_day_without_claims_is_an_835_of_zero() throws Exception {
        String text = write(List.of());

        assertThat(text).contains("BPR*H*0.00*C*NON").doesNotContain("CLP");
        Balances835.assertBalanced(text);
    }

    @Test
    void the_balance_check_itself_finds_a_line_that_does_not_balance() throws Exception {
        String text = write(List.of(RemittanceAdvices.original(WorkedExamples.example1(), DAY)))
                .replace("SVC*HC:97124:GP*120.00*16.00**2~", "SVC*HC:97124:GP*120.00*17.00**2~");

        assertThat(Balances835.violations(X12Reader.read(text).groups().get(0).transactionSets().get(0).segments()))
                .anyMatch(violation -> violation.startsWith("SVC at"));
    }

    private static String write(List<ClaimPaymentAdvice> claims) {
        return Remittance835.write(PAYER, WorkedExamples.NPI, DAY, "T-1", claims, 7, NOW);
    }
}

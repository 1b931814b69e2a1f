package org.medmassage.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.claims.x12.X12Fixtures.edited;
import static org.medmassage.claims.x12.X12Fixtures.story;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class Acknowledgment999Test {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 17, 9, 5);

    @Test
    void accepts_a_set_with_AK2_IK5_A_and_AK9_A() throws Exception {
        Interchange received = X12Reader.read(story("M-1"));
        Interchange.TransactionSet set = received.groups().get(0).transactionSets().get(0);

        String ack = Acknowledgment999.of(received, List.of(List.of(
                new Acknowledgment999.SetOutcome(set, List.of(), List.of(), List.of()))), 42, NOW);

        assertThat(ack).contains("GS*FA*MEDMASSAGE*CALMHANDS*20260317*0905*421*X*005010X231A1~",
                "ST*999*0001*005010X231A1~", "AK1*HC*101*005010X222A1~", "AK2*837*0001*005010X222A1~", "IK5*A~",
                "AK9*A*1*1*1~", "SE*6*0001~", "GE*1*421~", "IEA*1*000000042~");
        assertThat(ack).startsWith("ISA*00*          *00*          *ZZ*MEDMASSAGE     *ZZ*CALMHANDS      *260317*0905*^*"
                + "00501*000000042*0*P*:~");
    }

    @Test
    void rejects_a_set_with_the_segment_element_and_claim_of_each_error() throws Exception {
        Interchange received = X12Reader.read(story("M-1"));
        Interchange.TransactionSet set = received.groups().get(0).transactionSets().get(0);
        SegmentError bad = new SegmentError("HI", 19, "8", new SegmentError.ElementError(1, 1, "7", "BK"), "VISIT-1");

        String ack = Acknowledgment999.of(received, List.of(List.of(
                new Acknowledgment999.SetOutcome(set, List.of(), List.of(bad), List.of()))), 42, NOW);

        assertThat(ack).contains("IK3*HI*19**8~\nCTX*CLM01:VISIT-1~\nIK4*1:1**7*BK~\nIK5*R*5~", "AK9*R*1*1*0~");
        // the 999 is X12 itself: staedi reads it back with its envelopes whole
        Interchange reread = X12Reader.read(ack);
        assertThat(reread.errors()).isEmpty();
        assertThat(reread.groups().get(0).transactionSets().get(0).wellFormed()).isTrue();
    }

    @Test
    void accepts_with_errors_a_set_whose_claim_total_is_not_the_sum_of_its_lines() throws Exception {
        Interchange received = X12Reader.read(X12Fixtures.recounted(edited(story("M-1"), "CLM*VISIT-1*120.00",
                "CLM*VISIT-1*125.00")));
        Interchange.TransactionSet set = received.groups().get(0).transactionSets().get(0);
        Claim837Mapper.Result mapped = Claim837Mapper.map(set);
        assertThat(mapped.claims()).hasSize(2);

        String ack = Acknowledgment999.of(received, List.of(List.of(
                new Acknowledgment999.SetOutcome(set, List.of(), List.of(), mapped.warnings()))), 42, NOW);

        assertThat(ack).contains("IK3*CLM*17**8~\nCTX*CLM01:VISIT-1~\nIK4*2**I12*125.00~\nIK5*E~", "AK9*E*1*1*1~");
    }

    @Test
    void rejects_a_set_whose_trailer_is_at_fault_with_the_IK502_code() throws Exception {
        Interchange received = X12Reader.read(edited(story("M-1"), "SE*32*0001", "SE*32*0002"));
        Interchange.TransactionSet set = received.groups().get(0).transactionSets().get(0);

        String ack = Acknowledgment999.of(received, List.of(List.of(
                new Acknowledgment999.SetOutcome(set, set.errors(), List.of(), List.of()))), 42, NOW);

        assertThat(ack).contains("IK5*R*3~", "AK9*R*1*1*0~");
    }

    @Test
    void answers_an_interchange_whose_IEA02_differs_with_TA1_R_001() throws Exception {
        Interchange received = X12Reader.read(edited(story("M-1"), "IEA*1*000000101", "IEA*1*000000999"));

        assertThat(Acknowledgment999.interchangeRejected(received, 42, NOW))
                .contains("TA1*000000101*260317*0900*R*001~", "IEA*0*000000042~").doesNotContain("ST*999");
    }
}

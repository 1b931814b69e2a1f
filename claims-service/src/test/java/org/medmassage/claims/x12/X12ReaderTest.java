package org.medmassage.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.claims.x12.X12Fixtures.edited;
import static org.medmassage.claims.x12.X12Fixtures.story;

import org.junit.jupiter.api.Test;

class X12ReaderTest {

    @Test
    void reads_the_envelopes_and_counts_positions_from_ST() throws Exception {
        Interchange interchange = X12Reader.read(story("M-1"));

        assertThat(interchange.controlNumber()).isEqualTo("000000101");
        assertThat(interchange.senderId()).isEqualTo("CALMHANDS");
        assertThat(interchange.errors()).isEmpty();
        Interchange.FunctionalGroup group = interchange.groups().get(0);
        assertThat(group.controlNumber()).isEqualTo("101");
        assertThat(group.errors()).isEmpty();
        Interchange.TransactionSet set = group.transactionSets().get(0);
        assertThat(set.wellFormed()).isTrue();
        assertThat(set.segments().get(0).tag()).isEqualTo("ST");
        assertThat(set.segments().get(0).position()).isEqualTo(1);
        assertThat(set.segments().get(set.segments().size() - 1).position()).isEqualTo(32);
    }

    @Test
    void names_an_interchange_control_number_that_IEA02_does_not_repeat() throws Exception {
        assertThat(X12Reader.read(edited(story("M-1"), "IEA*1*000000101", "IEA*1*000000102")).errors())
                .containsExactly("001");
    }

    @Test
    void names_a_group_control_number_that_GE02_does_not_repeat() throws Exception {
        assertThat(X12Reader.read(edited(story("M-1"), "GE*1*101", "GE*1*102")).groups().get(0).errors())
                .contains("4");
    }

    @Test
    void names_a_set_control_number_that_SE02_does_not_repeat_and_a_wrong_segment_count() throws Exception {
        assertThat(X12Reader.read(edited(story("M-1"), "SE*32*0001", "SE*32*0002")).groups().get(0)
                .transactionSets().get(0).errors()).contains("3");
        assertThat(X12Reader.read(edited(story("M-1"), "SE*32*0001", "SE*31*0001")).groups().get(0)
                .transactionSets().get(0).errors()).contains("4");
    }

    @Test
    void refuses_a_body_that_is_not_X12_at_all() {
        assertThatThrownBy(() -> X12Reader.read("{\"memberId\":\"M-1\"}")).isInstanceOf(X12Reader.NotX12.class);
        assertThatThrownBy(() -> X12Reader.read("ISA*00*broken~")).isInstanceOf(X12Reader.NotX12.class);
    }
}

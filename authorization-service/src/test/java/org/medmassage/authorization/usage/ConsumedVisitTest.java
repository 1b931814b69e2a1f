package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumedVisitTest {

    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");

    @Test
    void the_oldest_claim_standing_on_a_visit_holds_it() {
        ConsumedVisit visit = new ConsumedVisit(MAR_10, "C-1").sharedWith("C-2");

        assertThat(visit.holder()).isEqualTo("C-1");
        assertThat(visit.without("C-1")).contains(new ConsumedVisit(MAR_10, "C-2"));
        assertThat(visit.without("C-1").orElseThrow().without("C-2")).isEmpty();
    }

    @Test
    void a_used_visit_has_a_claim_and_no_claim_twice() {
        assertThatThrownBy(() -> new ConsumedVisit(MAR_10, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsumedVisit(MAR_10, List.of("C-1", "C-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

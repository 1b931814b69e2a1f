package org.medmassage.support.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void a_listing_writes_one_line_per_member_it_shows_each_once() {
        AuditEntry entry = entry(HttpMethod.GET, null);
        entry.member("M-1");
        entry.member("M-2");
        entry.member("M-1");

        assertThat(entry.finish(200, AT)).extracting(AuditRecord::memberId).containsExactly("M-1", "M-2");
    }

    @Test
    void a_request_that_touched_no_members_data_writes_nothing() {
        assertThat(entry(HttpMethod.GET, null).finish(200, AT)).isEmpty();
    }

    @ParameterizedTest(name = "{0} answered {1}: {2} {3}")
    @CsvSource({
            "GET,    200, READ,   ALLOWED",
            "GET,    403, READ,   DENIED",
            "POST,   201, CHANGE, ALLOWED",
            "POST,   422, CHANGE, REFUSED",
            "PUT,    503, CHANGE, FAILED",
    })
    void names_the_action_and_the_outcome_from_the_method_and_the_status(String method, int status, String action,
                                                                         String outcome) {
        AuditRecord line = entry(HttpMethod.valueOf(method), "M-1").finish(status, AT).get(0);

        assertThat(line.action()).isEqualTo(action);
        assertThat(line.outcome()).isEqualTo(outcome);
        assertThat(line.status()).isEqualTo(status);
    }

    @Test
    void a_resource_hidden_from_the_caller_is_denied_even_though_answered_404() {
        AuditEntry entry = entry(HttpMethod.GET, "M-1");
        entry.denied();

        assertThat(entry.finish(404, AT).get(0).outcome()).isEqualTo("DENIED");
    }

    private static AuditEntry entry(HttpMethod method, String member) {
        return new AuditEntry(new AuditEntry.Actor("member:M-9", "member"), method, method + " /x", "c-1", member);
    }
}

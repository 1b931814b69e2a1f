package org.medmassage.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

class MemberDataTest {

    private static final String OWN_NPI = "1234567893";
    private static final String OTHER_NPI = "1245319599";

    @Test
    void a_therapist_on_the_plan_bills_for_themselves_only_under_their_own_npi() {
        Caller memberAndProvider = caller(Set.of(Role.MEMBER, Role.PROVIDER), "M-1", OWN_NPI);

        assertThat(MemberData.actingFor(memberAndProvider, "M-1", OWN_NPI).then(ok()).block()).isTrue();
        assertThatThrownBy(() -> MemberData.actingFor(memberAndProvider, "M-1", OTHER_NPI).block())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_payers_admin_acts_under_any_npi_and_a_reviewer_under_none() {
        assertThat(MemberData.actingFor(caller(Set.of(Role.ADMIN), null, null), "M-1", OTHER_NPI).then(ok())
                .block()).isTrue();
        assertThatThrownBy(() -> MemberData.actingFor(caller(Set.of(Role.REVIEWER), null, null), "M-1", OTHER_NPI)
                .block()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_member_sees_their_own_resource_and_a_provider_the_ones_under_its_npi() {
        assertThat(MemberData.visibleTo(caller(Set.of(Role.MEMBER), "M-1", null), "M-1", OTHER_NPI)).isTrue();
        assertThat(MemberData.visibleTo(caller(Set.of(Role.MEMBER), "M-2", null), "M-1", OTHER_NPI)).isFalse();
        assertThat(MemberData.visibleTo(caller(Set.of(Role.PROVIDER), null, OTHER_NPI), "M-1", OTHER_NPI)).isTrue();
        assertThat(MemberData.visibleTo(caller(Set.of(Role.PROVIDER), null, OWN_NPI), "M-1", OTHER_NPI)).isFalse();
    }

    private static Mono<Boolean> ok() {
        return Mono.just(true);
    }

    private static Caller caller(Set<Role> roles, String memberId, String npi) {
        return new Caller("test", roles, Optional.ofNullable(memberId), Optional.ofNullable(npi),
                Optional.of(Instant.now().plusSeconds(60)));
    }
}

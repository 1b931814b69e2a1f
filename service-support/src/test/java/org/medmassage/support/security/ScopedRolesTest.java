package org.medmassage.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.support.security.EndpointAccess.allow;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;

class ScopedRolesTest {

    private static final ScopedRoles MEMBER_LEDGER =
            new ScopedRoles(allow(HttpMethod.GET, "/members/{memberId}/ledger", Role.MEMBER, Role.ADMIN));
    private static final ScopedRoles PROVIDER_RATES =
            new ScopedRoles(allow(HttpMethod.PUT, "/providers/{npi}", Role.PROVIDER));

    @ParameterizedTest(name = "{0} with member_id {1} reading the ledger of {2}: {3}")
    @CsvSource({
            "member,   M-1, M-1, true",
            "member,   M-1, M-2, false",
            "member,      , M-1, false",
            "admin,       , M-1, true",
            "ops,         , M-1, true",
            "reviewer,    , M-1, false",
            "provider, M-1, M-1, false",
    })
    void a_member_reaches_a_member_path_only_for_their_own_id(String role, String memberId, String pathMember,
                                                              boolean granted) {
        Caller caller = caller(role, memberId, null);

        assertThat(MEMBER_LEDGER.grants(caller, Map.of("memberId", pathMember))).isEqualTo(granted);
    }

    @ParameterizedTest(name = "{0} with npi {1} on /providers/{2}: {3}")
    @CsvSource({
            "provider,   1234567893, 1234567893, true",
            "provider,   1234567893, 1245319599, false",
            "prescriber, 1234567893, 1234567893, false",
            "ops,                  , 1234567893, false",
    })
    void a_provider_reaches_an_npi_path_only_for_its_own_npi(String role, String npi, String pathNpi, boolean granted) {
        assertThat(PROVIDER_RATES.grants(caller(role, null, npi), Map.of("npi", pathNpi))).isEqualTo(granted);
    }

    @ParameterizedTest(name = "{0} on GET {1}")
    @CsvSource({"ops, true", "member, false", "admin, false"})
    void ops_reads_every_get_in_the_table_but_changes_nothing(String role, boolean granted) {
        ScopedRoles plansRead = new ScopedRoles(allow(HttpMethod.GET, "/plans/{planId}", Role.REVIEWER));
        ScopedRoles plansWrite = new ScopedRoles(allow(HttpMethod.PUT, "/plans/{planId}", Role.ADMIN));

        assertThat(plansRead.grants(caller(role, "M-1", null), Map.of())).isEqualTo(granted);
        assertThat(plansWrite.grants(caller("ops", null, null), Map.of())).isFalse();
    }

    @ParameterizedTest(name = "roles claim {0} is read as {1}")
    @CsvSource(delimiter = ';', value = {"member; member", "admin,ops; admin,ops", "root,admin; admin", "; ''"})
    void reads_only_known_roles_from_the_token(String claimed, String expected) {
        Caller caller = caller(claimed == null ? "" : claimed, null, null);

        assertThat(caller.rolesText()).isEqualTo(expected == null ? "" : expected);
    }

    private static Caller caller(String roles, String memberId, String npi) {
        Set<Role> parsed = roles == null ? Set.of() : java.util.Arrays.stream(roles.split(","))
                .map(String::trim).map(Role::fromClaim).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toSet());
        return new Caller("test", parsed, Optional.ofNullable(memberId), Optional.ofNullable(npi),
                Optional.of(Instant.now().plusSeconds(60)));
    }
}

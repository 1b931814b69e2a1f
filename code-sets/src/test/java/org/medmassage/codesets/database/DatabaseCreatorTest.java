package org.medmassage.codesets.database;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What is refused before any connection; creating on a real PostgreSQL is local-infra's and the services' tests. */
class DatabaseCreatorTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jdbc:mysql://127.0.0.1:3306/claims", "jdbc:postgresql://127.0.0.1:5432/",
            "jdbc:postgresql://127.0.0.1:5432/claims;drop", "jdbc:postgresql://127.0.0.1:5432/a-b"})
    void refuses_a_url_that_names_no_plain_postgresql_database(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseCreator.ensureExists(url, "postgres", ""))
                .withMessage("expected jdbc:postgresql://host:port/database, got " + url);
    }

    @Test
    void refuses_a_name_it_could_not_quote_before_creating_any() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseCreator.createMissing("127.0.0.1", 1,
                        "postgres", "", List.of("medmassage_claims", "x\"; drop database postgres; --")))
                .withMessage("not a plain database name: x\"; drop database postgres; --");
    }

    @Test
    void refuses_a_name_longer_than_postgresql_keeps() {
        String name = "d".repeat(64);
        assertThatIllegalArgumentException().isThrownBy(() -> DatabaseCreator.createMissing("127.0.0.1", 1,
                "postgres", "", List.of(name))).withMessage("not a plain database name: " + name);
    }

    @Test
    void says_which_server_it_could_not_reach_for_which_database() {
        assertThatIllegalStateException().isThrownBy(() -> DatabaseCreator.ensureExists(
                        "jdbc:postgresql://127.0.0.1:1/medmassage_claims?ssl=false", "postgres", null))
                .withMessage("cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres to create"
                        + " medmassage_claims");
    }
}

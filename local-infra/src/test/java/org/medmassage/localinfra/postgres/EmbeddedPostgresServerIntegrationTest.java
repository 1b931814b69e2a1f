package org.medmassage.localinfra.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmassage.codesets.database.DatabaseCreator;

class EmbeddedPostgresServerIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void creates_only_the_missing_databases_and_keeps_them_across_a_restart() throws Exception {
        List<String> names = List.of("medmassage_claims", "medmassage_benefits");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(0, dir)) {
            assertThat(DatabaseCreator.createMissing("127.0.0.1", postgres.port(), "postgres", "", names))
                    .containsExactlyElementsOf(names);
        }
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(0, dir)) {
            assertThat(DatabaseCreator.createMissing("127.0.0.1", postgres.port(), "postgres", "", names)).isEmpty();
        }
    }
}

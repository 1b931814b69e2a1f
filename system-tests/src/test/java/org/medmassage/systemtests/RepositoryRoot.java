package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the static deploy checks read: the nearest directory above the working one holding docker-compose.yml. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a directory above the working directory holding docker-compose.yml").isNotNull();
        return dir;
    }
}

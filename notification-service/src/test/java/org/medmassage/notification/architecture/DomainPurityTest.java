package org.medmassage.notification.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE: the domain imports no Spring, Reactor, R2DBC or Kafka type, so it stays testable as plain Java. */
class DomainPurityTest {

    private static final List<String> DOMAIN_PACKAGES = List.of("notice");
    private static final List<String> FORBIDDEN = List.of(
            "import org.springframework", "import reactor.", "import io.r2dbc", "import org.apache.kafka");

    @Test
    void domain_packages_import_no_framework() throws IOException {
        Path root = Path.of("src/main/java/org/medmassage/notification");
        for (String domainPackage : DOMAIN_PACKAGES) {
            try (Stream<Path> files = Files.walk(root.resolve(domainPackage))) {
                List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                        .flatMap(DomainPurityTest::forbiddenImports)
                        .collect(Collectors.toList());
                assertThat(offending).as("framework imports in the domain").isEmpty();
            }
        }
    }

    private static Stream<String> forbiddenImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> FORBIDDEN.stream().anyMatch(line::startsWith))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

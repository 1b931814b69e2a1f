package org.medmassage.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** STYLE: the domain packages import no Spring, Reactor, R2DBC or Kafka type. */
class DomainPurityTest {

    private static final List<String> FORBIDDEN = List.of("org.springframework", "reactor.", "io.r2dbc",
            "org.apache.kafka", "io.micrometer", "tools.jackson", "com.fasterxml");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"coding", "pricing", "adjudication", "reason", "intake"})
    void domain_package_imports_no_framework(String domainPackage) throws IOException {
        Path root = Path.of("src/main/java/org/medmassage/claims", domainPackage);
        try (Stream<Path> files = Files.walk(root)) {
            List<String> offending = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(DomainPurityTest::imports)
                    .filter(line -> FORBIDDEN.stream().anyMatch(line::contains))
                    .toList();
            assertThat(offending).isEmpty();
        }
    }

    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith("import "))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain packages stay plain Java (STYLE: no Spring, R2DBC, Reactor or Kafka type in the domain). */
class DomainPurityTest {

    private static final Path SOURCES = Path.of("src/main/java/org/medmassage/benefits");
    private static final List<String> FORBIDDEN =
            List.of("import org.springframework", "import reactor", "import io.r2dbc", "import org.apache.kafka");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan", "coverage", "accumulator", "costshare", "money"})
    void domain_package_imports_no_framework_type(String domainPackage) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(domainPackage))) {
            List<String> offending = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(DomainPurityTest::forbiddenImports)
                    .toList();
            assertThat(offending).isEmpty();
        }
    }

    private static Stream<String> forbiddenImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> FORBIDDEN.stream().anyMatch(line::startsWith))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

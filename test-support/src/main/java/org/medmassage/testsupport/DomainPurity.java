package org.medmassage.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps a service's domain model plain Java (STYLE.md): no Spring, Reactor, R2DBC, Kafka, Micrometer, Jackson,
 * Jakarta or service-support import in the domain packages. A source scan: fast, and it names the file and the line.
 */
public final class DomainPurity {

    private static final Pattern FRAMEWORK_IMPORT = Pattern.compile("^import\\s+(static\\s+)?(org\\.springframework"
            + "|reactor|io\\.r2dbc|org\\.apache\\.kafka|io\\.micrometer|tools\\.jackson|com\\.fasterxml|jakarta"
            + "|org\\.medmassage\\.support)\\..*");

    private DomainPurity() {
    }

    /**
     * Asserts that every source file of the given domain packages (relative to the service's root package, e.g.
     * {@code "org.medmassage.benefits"} and {@code "costshare"}) imports no framework type, and that each package
     * holds sources at all (a renamed package must not make the check pass vacuously).
     */
    public static void assertPlainJava(String rootPackage, String... domainPackages) {
        Path root = Path.of("src", "main", "java").resolve(rootPackage.replace('.', '/'));
        for (String domainPackage : domainPackages) {
            List<Path> sources = javaFiles(root.resolve(domainPackage.replace('.', '/')));
            assertThat(sources).as("sources of domain package " + domainPackage).isNotEmpty();
            assertThat(sources.stream().flatMap(DomainPurity::frameworkImports).toList())
                    .as("framework imports in domain package " + domainPackage).isEmpty();
        }
    }

    private static Stream<String> frameworkImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> FRAMEWORK_IMPORT.matcher(line.strip()).matches())
                    .map(line -> file.getFileName() + ": " + line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

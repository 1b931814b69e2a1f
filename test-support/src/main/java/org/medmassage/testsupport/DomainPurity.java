package org.medmassage.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps a service's domain model free of frameworks (STYLE.md): no Spring, Reactor, R2DBC or Kafka import in the
 * domain packages. A plain source scan: fast, and it names the offending file and line.
 */
public final class DomainPurity {

    private static final Pattern FRAMEWORK_IMPORT = Pattern.compile(
            "^import\\s+(static\\s+)?(org\\.springframework|reactor|io\\.r2dbc|org\\.apache\\.kafka|io\\.micrometer)\\..*");

    private DomainPurity() {
    }

    /** Violations as "file: import line" for every source file under the given packages of src/main/java. */
    public static List<String> frameworkImportsIn(String... domainPackages) {
        Path sources = Path.of("src", "main", "java");
        return Stream.of(domainPackages)
                .map(name -> sources.resolve(name.replace('.', '/')))
                .filter(Files::isDirectory)
                .flatMap(DomainPurity::javaFiles)
                .flatMap(file -> lines(file).stream()
                        .filter(line -> FRAMEWORK_IMPORT.matcher(line.strip()).matches())
                        .map(line -> sources.relativize(file) + ": " + line.strip()))
                .toList();
    }

    private static Stream<Path> javaFiles(Path directory) {
        try {
            return Files.walk(directory).filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

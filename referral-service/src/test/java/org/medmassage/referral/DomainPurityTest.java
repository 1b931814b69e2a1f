package org.medmassage.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE: the domain packages import no Spring, Reactor, R2DBC, Kafka or Jackson type; a plain source scan keeps it so. */
class DomainPurityTest {

    private static final Path ROOT = Path.of("src/main/java/org/medmassage/referral");
    private static final List<String> DOMAIN = List.of("prescription", "validation");
    private static final List<String> FORBIDDEN = List.of("import org.springframework", "import reactor",
            "import io.r2dbc", "import org.apache.kafka", "import tools.jackson", "import com.fasterxml",
            "import jakarta", "import org.medmassage.support", "import org.medmassage.events");

    @Test
    void domain_packages_import_no_framework() throws IOException {
        int scanned = 0;
        for (String pkg : DOMAIN) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    assertThat(FORBIDDEN).as(file.toString()).noneMatch(source::contains);
                    scanned++;
                }
            }
        }
        assertThat(scanned).as("domain sources scanned").isGreaterThanOrEqualTo(12);
    }
}

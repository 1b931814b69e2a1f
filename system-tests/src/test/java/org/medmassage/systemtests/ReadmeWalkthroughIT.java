package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's walk-through, run as a reader runs it: the demo data loaded by {@code bin/medmassage demo}, then the
 * README's bash block dated today, against the five services as separate processes. Only the ports differ (the
 * system under test takes free ones) and the endless SSE line is left out. Issue 9: ACTIVE → APPROVED → PAID today.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeWalkthroughIT {

    private static final Map<String, String> README_PORTS = Map.of("8081", "referral-service",
            "8082", "authorization-service", "8083", "claims-service", "8084", "benefits-service",
            "8085", "notification-service");
    private static final long SCRIPT_TIMEOUT_SECONDS = 180;

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private SystemUnderTest system;

    @BeforeAll
    void startTheSystem() throws Exception {
        system = new SystemUnderTest().start();
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void the_walkthrough_dated_today_shows_the_referral_active_the_authorization_approved_and_the_session_paid()
            throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String demo = bash(root.resolve("bin/medmassage") + " demo", Map.of(
                "CLAIMS_URL", system.baseUrl("claims-service"), "BENEFITS_URL", system.baseUrl("benefits-service"),
                "ISSUER_PORT", String.valueOf(system.issuerPort())));
        assertThat(demo).contains("demo data (today is " + today + ")").doesNotContain("failed", "answered");

        List<String> answers = bash(walkthrough(), Map.of("ISSUER_PORT", String.valueOf(system.issuerPort())))
                .lines().toList();

        assertThat(answers.get(0)).contains("\"status\":\"ACTIVE\"", "\"validFrom\":\"" + today + "\"");
        assertThat(answers.get(1)).contains("\"status\":\"APPROVED\"", "\"approvedVisits\":12");
        assertThat(answers.get(2)).contains("\"status\":\"RECEIVED\"");
        assertThat(answers.get(3)).contains("\"status\":\"PAID\"", "\"dateOfService\":\"" + today + "\"",
                "\"units\":2", "\"allowed\":80.00", "\"deductible\":80.00", "\"planPaid\":0.00",
                "\"patientResponsibility\":80.00", "{\"group\":\"CO\",\"carc\":\"45\",\"amount\":40.00}",
                "{\"group\":\"PR\",\"carc\":\"1\",\"amount\":80.00}");
        assertThat(answers.get(4)).contains("\"deductibleRemaining\":420.00", "\"used\":1,\"limit\":20");
        assertThat(answers.get(5)).contains("\"rule\":\"DX-08\"", "M54.5 is a category, not a billable code on "
                + today + ": use M54.50, M54.51 or M54.59");
        assertThat(answers.get(6)).contains("\"status\":\"VOIDED\"");
        // the 837P of the session's 97140 (decision 0078): its 999 accepts the transaction set
        assertThat(answers.get(7)).startsWith("ISA*").contains("ST*999*", "IK5*A~", "AK9*A*1*1*1~");
        assertThat(answers.get(8)).contains("Referral on file", "Massage therapy approved");
        assertThat(answers.get(9)).isEqualTo("403");
        assertThat(answers.get(10)).contains("\"actor\":\"member:M-1001\"", "\"memberId\":\"M-1002\"",
                "\"action\":\"READ\"", "\"outcome\":\"DENIED\"");
    }

    /** The first bash block after "## A walk through the demo", pointed at the system under test's ports. */
    private String walkthrough() throws IOException {
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## A walk through the demo"));
        int start = section.indexOf("```bash\n") + "```bash\n".length();
        String block = section.substring(start, section.indexOf("\n```", start));
        String withoutStream = block.lines().filter(line -> !line.startsWith("curl -N"))
                .reduce("", (script, line) -> script + line + "\n");
        Matcher port = Pattern.compile("localhost:(808[1-5])").matcher(withoutStream);
        StringBuilder pointed = new StringBuilder();
        while (port.find()) {
            port.appendReplacement(pointed, system.baseUrl(README_PORTS.get(port.group(1))).replace("http://", ""));
        }
        return port.appendTail(pointed).toString();
    }

    private String bash(String script, Map<String, String> environment) throws Exception {
        Path output = Files.createTempFile("readme-walkthrough", ".out");
        // from the repository root, as the README says (bin/medmassage token)
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true)
                .redirectOutput(output.toFile()).directory(root.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output);
        Files.delete(output);
        assertThat(finished).as("finished within %d s; printed:%n%s", SCRIPT_TIMEOUT_SECONDS, printed).isTrue();
        assertThat(process.exitValue()).as("exit status; printed:%n%s", printed).isZero();
        return printed;
    }
}

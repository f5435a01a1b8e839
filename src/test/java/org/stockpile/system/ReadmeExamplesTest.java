package org.stockpile.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.support.ReadmeShell;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The README's examples, run as a new user runs them after {@code ./mvnw quarkus:dev}: in order, against the full
 * demo dataset on a fresh database, with tokens from the built-in provider. Each example's comment starts with
 * the status it answers, and a retried request with an Idempotency-Key answers exactly as the first time.
 */
@QuarkusTest
@TestProfile(ReadmeExamplesTest.DevModeData.class)
class ReadmeExamplesTest {

    private static final Pattern STATED_STATUS = Pattern.compile("^([1-5]\\d\\d)\\b");

    /** The demo dataset at the size dev mode loads. */
    public static class DevModeData implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stockpile.demo.scale", "1");
        }
    }

    @TempDir
    Path workingDirectory;

    @Test
    void everyExampleAnswersWhatItsCommentSays() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String provider = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String service = ConfigProvider.getConfig().getValue("test.url", String.class);
        ReadmeShell shell = new ReadmeShell(Map.of("OIDC", provider), Map.of("http://localhost:8080", service),
                workingDirectory);
        List<String> blocks = ReadmeShell.bashBlocks(readme, "## Demo users (dev mode)");
        assertThat("the README's dev-mode examples", blocks, hasSize(greaterThanOrEqualTo(3)));
        blocks.forEach(shell::run);

        List<ReadmeShell.Example> examples = shell.examples();
        assertThat(examples, hasSize(greaterThanOrEqualTo(8)));
        for (ReadmeShell.Example example : examples) {
            Matcher stated = STATED_STATUS.matcher(example.comment());
            assertTrue(stated.find(), () -> "Say which status this example answers: " + example.command());
            assertEquals(Integer.parseInt(stated.group(1)), example.answer().status(),
                    () -> example.command() + "\n answered " + new String(example.answer().body()));
            example.request().headers().firstValue("Accept").ifPresent(accepted -> assertThat(example.command(),
                    example.answer().contentType(), startsWith(accepted)));
        }
        for (ReadmeShell.Example example : examples) {
            if (example.request().headers().firstValue("Idempotency-Key").isPresent()) {
                ReadmeShell.Answer again = shell.resend(example);
                assertEquals(example.answer().status(), again.status(), example.command());
                assertArrayEquals(example.answer().body(), again.body(), example.command());
            }
        }
        as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }
}

package se.namndflode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A user journey in headless Chromium against the whole application on a random port, with the demo data.
 * Runs only with {@code -Pbrowser} (tag "browser"); the test class drives the browser through a
 * {@link Browser} registered as an extension:
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 * All browser tests share one application context (same configuration), so the server starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({TestClockConfiguration.class, TestFixtures.class})
@Tag("browser")
public @interface BrowserTest {
}

package se.namndflode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application and its database: H2 by default, PostgreSQL with {@code -Ppostgres}
 * (the "integration" tag is what that profile runs). Demo data is loaded once per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({TestClockConfiguration.class, TestFixtures.class})
@AutoConfigureMockMvc
@Tag("integration")
public @interface IntegrationTest {
}

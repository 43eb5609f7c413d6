package se.namndflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default profile keeps its data in an H2 file: a second start finds what the first wrote, and does not
 * load the demo data again.
 */
class RestartKeepsDataTest {

    @TempDir
    Path folder;

    @Test
    void aRestartKeepsDataAndDoesNotReloadTheDemo() {
        String url = "jdbc:h2:file:" + folder.resolve("namndflode").toAbsolutePath();
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(demoLoads(jdbc)).isEqualTo(1);
            jdbc.update("update municipality set name = 'Stockholms stad (omstart)' where code = 'stockholm'");
        }
        assertThat(Files.exists(folder.resolve("namndflode.mv.db"))).isTrue();
        try (ConfigurableApplicationContext second = start(url)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(demoLoads(jdbc)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select name from municipality where code = 'stockholm'", String.class))
                    .isEqualTo("Stockholms stad (omstart)");
            assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isPositive();
        }
    }

    private static long demoLoads(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'DEMO_DATA_LOADED'", Long.class);
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(NamndflodeApplication.class).run("--spring.profiles.active=default",
                "--spring.datasource.url=" + url, "--server.port=0", "--namndflode.demo-data.enabled=true",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN");
    }
}

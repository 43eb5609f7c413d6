package se.namndflode.demo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;

@IntegrationTest
class DemoReadyTest {

    private static final String NOTICE = "Demodata läses fortfarande in";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoReady ready;

    @Test
    void theSignInPageSaysSoWhileTheFirstStartsDemoLoadIsRunning() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(not(containsString(NOTICE))));
        jdbc.update("delete from audit_event where entity_type = ? and entity_id = ?", DemoReady.ENTITY,
                DemoReady.READY);
        try {
            mvc.perform(get("/login")).andExpect(content().string(containsString(NOTICE)));
        } finally {
            ready.run(null);
        }
        mvc.perform(get("/login")).andExpect(content().string(not(containsString(NOTICE))));
        Integer marks = jdbc.queryForObject("select count(*) from audit_event where entity_type = ? and entity_id = ?",
                Integer.class, DemoReady.ENTITY, DemoReady.READY);
        org.assertj.core.api.Assertions.assertThat(marks).isEqualTo(1);
    }
}

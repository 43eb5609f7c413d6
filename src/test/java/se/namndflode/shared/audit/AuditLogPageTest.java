package se.namndflode.shared.audit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;

@IntegrationTest
class AuditLogPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("admin")
    void showsTheDemoDataLoadToTheAdministrator() throws Exception {
        mvc.perform(get("/admin/logg").param("actor", "demodata").param("entityType", "DemoData"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DEMO_DATA_LOADED")))
                .andExpect(content().string(containsString("Demodata inläst")));
    }

    @Test
    @WithUserDetails("admin")
    void filtersByType() throws Exception {
        mvc.perform(get("/admin/logg").param("entityType", "Party"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Parti skapat")));
    }
}

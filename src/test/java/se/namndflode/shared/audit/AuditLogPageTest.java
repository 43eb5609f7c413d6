package se.namndflode.shared.audit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.SignedIn;
import se.namndflode.organisation.Accounts;

@IntegrationTest
class AuditLogPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate transaction;

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

    @Test
    @WithUserDetails("admin")
    void namesThePersonBesideTheUserNameItIsFilteredBy() throws Exception {
        String summary = "Provhändelse " + System.nanoTime();
        SignedIn.as(accounts.loadUserByUsername("registrator"), () -> transaction.execute(
                status -> audit.record("TESTED", "AuditLogPageTest", 1L, "stockholm", summary, null)));
        mvc.perform(get("/admin/logg").param("actor", "registrator").param("entityType", "AuditLogPageTest"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(summary)))
                .andExpect(content().string(containsString("<td>Lena Ahl (registrator)</td>")));
    }
}

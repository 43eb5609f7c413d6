package se.namndflode.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;

/**
 * A page number far past the last (typed into the address; its first row lies beyond a JPA query's int offset) is an
 * empty page with the list's total on every list paged by JPA, never a server error.
 */
@IntegrationTest
class PageFarPastTheLastTest {

    private static final String FAR = "99999999";

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("sekreterare")
    void meetingsPageAndApi() throws Exception {
        mvc.perform(get("/sammantraden").param("page", FAR)).andExpect(status().isOk());
        Number total = JsonPath.read(mvc.perform(get("/api/v1/meetings")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.total");
        assertThat(total.longValue()).isPositive();
        mvc.perform(get("/api/v1/meetings").param("page", FAR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings").isEmpty())
                .andExpect(jsonPath("$.total").value(total));
    }

    @Test
    @WithUserDetails("admin")
    void auditLog() throws Exception {
        mvc.perform(get("/admin/logg").param("page", FAR)).andExpect(status().isOk());
    }

    @Test
    void noticeBoardArchive() throws Exception {
        mvc.perform(get("/anslagstavla/stockholm").param("page", FAR)).andExpect(status().isOk());
        Number total = JsonPath.read(mvc.perform(get("/anslagstavla/stockholm.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.archive.total");
        mvc.perform(get("/anslagstavla/stockholm.json").param("page", FAR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archive.notices").isEmpty())
                .andExpect(jsonPath("$.archive.total").value(total));
    }
}

package se.namndflode.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import se.namndflode.IntegrationTest;

/**
 * Static files are served from their own folders only: a page's links to anything else are not offered to the
 * resource chain (under Spring Boot's {@code /**} each link of a page was a class-path lookup, two thirds of a task
 * list page's CPU time at city scale, issue 13). The files, the versionless WebJar path and the API's Swagger UI
 * still answer.
 */
@IntegrationTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @ParameterizedTest
    @ValueSource(strings = {"/css/app.css", "/css/meeting-console.css", "/js/goal-dashboard.js", "/js/meeting-console.js",
            "/js/meeting-live.js", "/js/overview-charts.js", "/img/favicon.svg", "/webjars/echarts/dist/echarts.min.js"})
    void theStaticFilesAreServedToAnyone(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void onlyTheStaticFoldersAreResourcePaths() {
        // (Besides these, the Camunda web apps' and the Swagger UI's own folders.)
        assertThat(resourceUrls.getHandlerMap().keySet()).contains("/css/**", "/js/**", "/img/**", "/webjars/**")
                .doesNotContain("/**").allMatch(pattern -> !pattern.startsWith("/**") && !pattern.startsWith("/*/"));
        assertThat(resourceUrls.getForLookupPath("/css/app.css")).isEqualTo("/css/app.css");
        assertThat(resourceUrls.getForLookupPath("/webjars/echarts/dist/echarts.min.js"))
                .matches("/webjars/echarts/[0-9.]+/dist/echarts.min.js");
        assertThat(resourceUrls.getForLookupPath("/arenden/17")).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void theApiDocumentationStillOpens() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/matters")));
        mvc.perform(get("/api/v1/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("swagger-ui")));
    }
}

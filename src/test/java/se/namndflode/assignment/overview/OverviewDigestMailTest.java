package se.namndflode.assignment.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.MailTest;
import se.namndflode.SmtpServer;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.assignment.Assignment;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;

/**
 * The weekly digest: the engine's timer of {@code bpmn/overview-digest.bpmn} (one per municipality, Mondays at
 * 07:00) e-mails each manager and director of the municipality who has an address (GreenMail, a real SMTP server in
 * the test's JVM) the overview's counts and items with their links, a confidential matter by its public title only;
 * one without an address is noted in the audit. The same digest is the manager's page.
 */
@MailTest
class OverviewDigestMailTest extends OverviewTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = SmtpServer.extension();

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyMondayTheManagersGetTheirDigestByEmail() throws Exception {
        at(LocalDate.of(2032, 1, 12));
        TestMunicipality kommun = fixtures().create("SOF");
        String officer = kommun.user(Role.CASE_OFFICER);
        String manager = kommun.user(Role.MANAGER);
        Assignment late = assignment(kommun, kommun.boardId(), "VP-K07", LocalDate.of(2032, 1, 1),
                LocalDate.of(2032, 3, 31), manager);
        Matter remiss = matter(kommun, kommun.boardId(), "Remiss om hemlöshet", LocalDate.of(2032, 5, 1), officer);
        MatterForm secret = new MatterForm();
        secret.setBoardId(kommun.boardId());
        secret.setKind(MatterKind.REFERRAL);
        secret.setTitle("Placering av barnet Kalle Svensson");
        secret.setPublicTitle("Ärende om placering");
        secret.setConfidential(true);
        secret.setConfidentialityGround("OSL 26 kap. 1 §");
        secret.setSender("Kommunstyrelsen");
        secret.setAnswerDue(LocalDate.of(2032, 5, 25));
        secret.setCaseOfficerId(fixtures().user(officer).getAccountId());
        Matter confidential = as(kommun, Role.REGISTRAR, () -> registry.registerMatter(secret));
        SmtpServer.giveAddress(jdbc, manager, "chef@namndflode.test");
        at(LocalDate.of(2032, 5, 20));
        runDueJobs(late);

        Job timer = management.createJobQuery().processDefinitionKey("overview-digest").tenantIdIn(kommun.code())
                .timers().singleResult();
        assertThat(timer).as("the municipality's weekly timer").isNotNull();
        LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 0));
        assertThat(smtp.getReceivedMessages()).as("the late assignment's own reminder and overdue notice, no digest")
                .extracting(MimeMessage::getSubject).noneMatch(subject -> subject.startsWith("Veckobrev"));
        smtp.purgeEmailFromAllMailboxes();

        management.executeJob(timer.getId());

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("only the manager has an address").hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).contains("chef@namndflode.test");
        assertThat(received[0].getSubject()).isEqualTo("Veckobrev 2032-05-20: 2 försenade, 1 i riskzonen");
        String body = SmtpServer.text(received[0]);
        assertThat(body).contains("VP-K07", SmtpServer.BASE_URL + "/uppdrag/" + late.getId(),
                remiss.getRegistryNumber().toString(), "Remiss om hemlöshet", "Där du är ansvarig",
                confidential.getRegistryNumber().toString(), "Ärende om placering");
        assertThat(body).as("a confidential matter's title stays in the application").doesNotContain("Kalle");
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'OVERVIEW_DIGEST_MAILED' "
                + "and municipality_code = ?", String.class, kommun.code()))
                .contains("saknar e-postadress", "Testperson " + kommun.user(Role.DIRECTOR));
        assertThat(management.createJobQuery().processDefinitionKey("overview-digest").tenantIdIn(kommun.code())
                .timers().count()).as("the next Monday's timer").isEqualTo(1);

        mvc.perform(get("/oversikt/veckobrev").with(user(fixtures().user(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/uppdrag/" + late.getId() + "\"")))
                .andExpect(content().string(containsString("Där du är ansvarig")))
                .andExpect(content().string(containsString("Placering av barnet")));
    }
}

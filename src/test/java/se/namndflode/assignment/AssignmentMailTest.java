package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.EngineJobs;
import se.namndflode.MailTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.SmtpServer;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The assignment process's end-date watch by e-mail (GreenMail, a real SMTP server in the test's JVM), with the
 * engine's clock moved: on the reminder day the responsible person gets one e-mail; the day after the end date the
 * responsible person and each manager of the municipality get one each, saying what the deviation is and what is
 * expected of them, with the link to the assignment. Nobody without an address is mailed (the audit names them); an
 * assignment from a confidential matter is named by the matter's number and public title only; a step rolled back
 * mails nobody; a mail failure leaves the step done.
 */
@MailTest
class AssignmentMailTest extends AssignmentTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = SmtpServer.extension();

    /** The assignments run through 2031, a year no other assignment test uses. */
    static final LocalDate END = LocalDate.of(2031, 12, 31);

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    WorkingDayCalendar workingDays;
    @Autowired
    Registry registry;
    @Autowired
    AssignmentSteps steps;
    @Autowired
    PlatformTransactionManager transactions;

    TestMunicipality kommun;

    @BeforeEach
    void municipality2031() {
        at(LocalDate.of(2031, 1, 13), LocalTime.of(9, 0));
        kommun = municipality();
    }

    void moveTo(Assignment assignment, LocalDate day, LocalTime time) {
        at(day, time);
        new EngineJobs(management, runtime).runDueJobsOf(assignment.getProcessInstanceId());
    }

    String officer() {
        return kommun.user(Role.CASE_OFFICER);
    }

    void email(String username, String address) {
        SmtpServer.giveAddress(jdbc, username, address);
    }

    Assignment register(String reference) {
        AssignmentForm form = form(kommun, reference);
        form.setSourceYear(2031);
        form.setStartDate(LocalDate.of(2031, 1, 1));
        form.setEndDate(END);
        form.setResponsible(officer());
        return asManager(kommun, () -> assignments.create(form));
    }

    Assignment reload(Assignment assignment) {
        return asManager(kommun, () -> assignments.assignment(assignment.getId()));
    }

    LocalDate reminderDay() {
        return workingDays.minusWorkingDays(END, 10);
    }

    String audit(Assignment assignment, String action, String column) {
        return jdbc.queryForObject("select " + column + " from audit_event where entity_type = 'Assignment' and "
                + "entity_id = ? and action = ?", String.class, assignment.getId().toString(), action);
    }

    @Test
    void theResponsiblePersonIsEmailedOnTheReminderDay() throws Exception {
        email(officer(), "ansvarig@namndflode.test");
        email(kommun.user(Role.MANAGER), "chef@namndflode.test");
        Assignment assignment = register("M1");

        moveTo(assignment, reminderDay().minusDays(1), LocalTime.of(12, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        moveTo(assignment, reminderDay(), LocalTime.of(8, 0));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("the responsible person only").hasSize(1);
        assertThat(SmtpServer.to(received[0])).isEqualTo("ansvarig@namndflode.test");
        assertThat(received[0].getSubject()).isEqualTo("Påminnelse: uppdrag M1 ska vara klart 2031-12-31");
        assertThat(SmtpServer.text(received[0])).startsWith("Hej Testperson " + officer() + "!")
                .contains("Du är ansvarig för uppdrag M1 i Socialnämnden i " + kommun.code() + ", "
                        + kommun.name() + ":\n”Nämnden tar fram en lärportal")
                .contains("Uppdraget ska vara klart senast 2031-12-31.", "försenat från 2032-01-01",
                        SmtpServer.BASE_URL + "/uppdrag/" + assignment.getId(),
                        "Meddelandet skickades automatiskt från Nämndflöde, " + kommun.name() + ".");
        assertThat(audit(assignment, AssignmentMail.REMINDER_MAILED, "summary"))
                .isEqualTo("Påminnelsen om slutdatumet för uppdraget M1 e-postad till 1 av 1");
    }

    @Test
    void aResponsiblePersonWithoutAnAddressGetsNoEmailAndTheReminderStands() {
        Assignment assignment = register("M2");

        moveTo(assignment, reminderDay(), LocalTime.of(8, 0));

        assertThat(reload(assignment).getRemindedAt()).isNotNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(audit(assignment, AssignmentMail.REMINDER_MAILED, "summary")).endsWith("e-postad till 0 av 1");
        assertThat(audit(assignment, AssignmentMail.REMINDER_MAILED, "details"))
                .isEqualTo("saknar e-postadress: Testperson " + officer());
    }

    @Test
    void overdueTheResponsiblePersonAndEachManagerAreToldWhatIsExpectedOfThem() throws Exception {
        String otherManager = fixtures().account(kommun.code() + ".chef2", EnumSet.of(Role.MANAGER),
                Set.of(kommun.id()));
        email(officer(), "ansvarig@namndflode.test");
        email(kommun.user(Role.MANAGER), "chef@namndflode.test");
        email(kommun.user(Role.DIRECTOR), "direktor@namndflode.test");
        Assignment assignment = register("M3");
        moveTo(assignment, END, LocalTime.of(23, 59));
        smtp.purgeEmailFromAllMailboxes();

        moveTo(assignment, END.plusDays(1), LocalTime.of(0, 0));

        assertThat(reload(assignment).isOverdue()).isTrue();
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(SmtpServer::to)).as("not the director, not the manager without one")
                .containsExactlyInAnyOrder("ansvarig@namndflode.test", "chef@namndflode.test");
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).isEqualTo("Försenat: uppdrag M3 skulle ha varit klart 2031-12-31");
            assertThat(SmtpServer.text(message)).contains("Uppdrag M3 i Socialnämnden i " + kommun.code() + ", "
                    + kommun.name() + ", är försenat:\n”Nämnden tar fram en lärportal",
                    "Slutdatumet 2031-12-31 har passerat", "En avvikelse är därför registrerad automatiskt per "
                            + "2032-01-01", "Ansvarig: Testperson " + officer(),
                    SmtpServer.BASE_URL + "/uppdrag/" + assignment.getId());
        }
        String responsible = SmtpServer.text(SmtpServer.to(smtp, "ansvarig@namndflode.test"));
        assertThat(responsible).contains("Hej Testperson " + officer() + "!", "förklara avvikelsen")
                .doesNotContain("som chef");
        String manager = SmtpServer.text(SmtpServer.to(smtp, "chef@namndflode.test"));
        assertThat(manager).contains("Hej Testperson " + kommun.user(Role.MANAGER) + "!", "Det här förväntas av "
                + "dig som chef: åtgärda förseningen genom att förlänga slutdatumet med ett skäl, omfördela "
                + "uppdraget till en annan ansvarig eller eskalera det till förvaltningschefen")
                .doesNotContain("som ansvarig");
        assertThat(audit(assignment, AssignmentMail.OVERDUE_MAILED, "summary"))
                .isEqualTo("Förseningen av uppdraget M3 e-postad till 2 av 3 (den ansvariga och kommunens chefer)");
        assertThat(audit(assignment, AssignmentMail.OVERDUE_MAILED, "details"))
                .isEqualTo("saknar e-postadress: Testperson " + otherManager);
    }

    @Test
    void anAssignmentFromAConfidentialMatterIsNamedByTheMattersNumberAndPublicTitleOnly() throws Exception {
        email(officer(), "ansvarig@namndflode.test");
        MatterForm secret = new MatterForm();
        secret.setBoardId(kommun.boardId());
        secret.setKind(MatterKind.OWN_INITIATIVE);
        secret.setTitle("Placering av barnet Kalle Svensson");
        secret.setPublicTitle("Ärende om placering");
        secret.setConfidential(true);
        secret.setConfidentialityGround("OSL 26 kap. 1 §");
        Matter matter = as(kommun, Role.REGISTRAR, () -> registry.registerMatter(secret));
        AssignmentForm form = form(kommun, "M4");
        form.setSource(Source.BOARD_DECISION);
        form.setSourceYear(null);
        form.setSourceRegistryNumber(matter.getRegistryNumber().toString());
        form.setText("Förvaltningen utreder en familjehemsplacering för Kalle Svensson");
        form.setStartDate(LocalDate.of(2031, 1, 1));
        form.setEndDate(END);
        form.setResponsible(officer());
        Assignment assignment = asManager(kommun, () -> assignments.create(form));

        moveTo(assignment, reminderDay(), LocalTime.of(8, 0));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        String body = SmtpServer.text(smtp.getReceivedMessages()[0]);
        assertThat(body).contains("Uppdraget kommer från ett beslut i ärende " + matter.getRegistryNumber()
                + " (Ärende om placering), som omfattas av sekretess.", "M4");
        assertThat(body).as("the assignment's and the matter's text stay in the application")
                .doesNotContain("Kalle", "familjehem", "Placering av barnet");
    }

    @Test
    void aReminderRolledBackMailsNobodyAndOnceCommittedMailsOnce() throws Exception {
        email(officer(), "ansvarig@namndflode.test");
        Assignment assignment = register("M5");
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        // As an engine job whose transaction fails after the step: nothing committed, nothing mailed.
        transaction.executeWithoutResult(status -> {
            steps.remind(assignment.getId());
            status.setRollbackOnly();
        });
        assertThat(reload(assignment).getRemindedAt()).isNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // Its retry commits: one e-mail.
        transaction.executeWithoutResult(status -> steps.remind(assignment.getId()));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailFailureLeavesTheAssignmentOverdueWithItsTasksAndIsAudited() {
        email(officer(), "ansvarig@namndflode.test");
        email(kommun.user(Role.MANAGER), "chef@namndflode.test");
        Assignment assignment = register("M6");
        moveTo(assignment, END, LocalTime.of(12, 0));
        smtp.stop();

        moveTo(assignment, END.plusDays(1), LocalTime.of(0, 30));

        assertThat(reload(assignment).isOverdue()).isTrue();
        assertThat(runtime.getActiveActivityIds(assignment.getProcessInstanceId()))
                .contains("ActOnOverdue", "ExplainDeviation");
        assertThat(management.createJobQuery().processInstanceId(assignment.getProcessInstanceId())
                .withException().count()).as("no failed job to retry").isZero();
        assertThat(audit(assignment, AssignmentMail.OVERDUE_MAILED, "summary")).contains("e-postad till 0 av 2");
        assertThat(audit(assignment, AssignmentMail.OVERDUE_MAILED, "details")).startsWith("kunde inte skickas till: ")
                .contains("Testperson " + officer(), "Testperson " + kommun.user(Role.MANAGER));
    }
}

package se.namndflode.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.namndflode.MailTest;
import se.namndflode.SmtpServer;
import se.namndflode.shared.security.Role;

/**
 * The follow-up process's outcome watch by e-mail (GreenMail, a real SMTP server in the test's JVM), with the
 * engine's clock moved: at the reminder (Monday 11 May, 08:00, before the deadline of Friday 15 May) each owner with
 * outcomes still missing gets one e-mail listing their own missing indicators with the link to their task; when the
 * deadline has passed the manager who started the follow-up gets one listing which owners have not entered which
 * indicators, with the link to the task "Hantera saknade utfall". Nobody without an address is mailed.
 */
@MailTest
class FollowUpMailTest extends FollowUpTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = SmtpServer.extension();

    static final LocalDate REMINDER = LocalDate.of(2026, 5, 11);

    @BeforeEach
    void setUp() {
        setUpMunicipality();
    }

    void email(String username, String address) {
        SmtpServer.giveAddress(jdbc, username, address);
    }

    String boardName() {
        return jdbc.queryForObject("select name from board where id = ?", String.class, kommun.boardId());
    }

    String taskId(FollowUp followUp, String activity, String assignee) {
        return open(followUp, activity).stream().filter(task -> assignee.equals(task.getAssignee()))
                .map(Task::getId).findFirst().orElseThrow();
    }

    String audit(FollowUp followUp, String action, String column) {
        return jdbc.queryForObject("select " + column + " from audit_event where entity_type = 'FollowUp' and "
                + "entity_id = ? and action = ?", String.class, followUp.getId().toString(), action);
    }

    @Test
    void atTheReminderEachOwnerWithOutcomesMissingGetsTheirOwnList() throws Exception {
        email(officer(), "agare@namndflode.test");
        email(manager(), "chef@namndflode.test");
        FollowUp followUp = start();
        outcome(Role.CASE_OFFICER, followUp, "I02", "3");

        moveTo(followUp, REMINDER, LocalTime.of(7, 55));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        moveTo(followUp, REMINDER, LocalTime.of(8, 5));

        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(SmtpServer::to))
                .containsExactlyInAnyOrder("agare@namndflode.test", "chef@namndflode.test");
        MimeMessage owner = SmtpServer.to(smtp, "agare@namndflode.test");
        assertThat(owner.getSubject()).isEqualTo("Påminnelse: lämna utfall för T1 2026, " + boardName()
                + ", senast 2026-05-15");
        assertThat(SmtpServer.text(owner)).startsWith("Hej Testperson " + officer() + "!")
                .contains("Utfallen till uppföljningen T1 2026 av " + boardName() + ", " + kommun.name()
                        + ", ska lämnas senast 2026-05-15.", "- I03 Andel brukare som känner sig trygga\n",
                        SmtpServer.BASE_URL + "/uppgifter/" + taskId(followUp, "EnterOutcomes", officer()),
                        "Meddelandet skickades automatiskt från Nämndflöde, " + kommun.name() + ".")
                .as("entered already, and the manager's").doesNotContain("I02", "I01");
        String managers = SmtpServer.text(SmtpServer.to(smtp, "chef@namndflode.test"));
        assertThat(managers).contains("- I01 Andel nöjda brukare\n",
                SmtpServer.BASE_URL + "/uppgifter/" + taskId(followUp, "EnterOutcomes", manager()))
                .doesNotContain("I03");
        assertThat(audit(followUp, FollowUpMail.REMINDER_MAILED, "summary")).isEqualTo("Påminnelsen om utfall "
                + "till uppföljning T1 2026, " + boardName() + " e-postad till 2 av 2 utfallsansvariga");
    }

    @Test
    void anOwnerWithoutAnAddressOrWithNothingMissingGetsNoEmail() throws Exception {
        email(manager(), "chef@namndflode.test");
        FollowUp followUp = start();
        outcome(Role.MANAGER, followUp, "I01", "72");

        moveTo(followUp, REMINDER, LocalTime.of(8, 5));

        assertThat(reload(followUp).getRemindedAt()).isNotNull();
        assertThat(smtp.getReceivedMessages()).as("the manager has entered I01; the officer has no address")
                .isEmpty();
        assertThat(audit(followUp, FollowUpMail.REMINDER_MAILED, "summary")).endsWith("e-postad till 0 av 1 "
                + "utfallsansvariga");
        assertThat(audit(followUp, FollowUpMail.REMINDER_MAILED, "details"))
                .isEqualTo("saknar e-postadress: Testperson " + officer());
    }

    @Test
    void pastTheDeadlineTheManagerIsToldWhichOwnersHaveNotEnteredWhichIndicators() throws Exception {
        email(officer(), "agare@namndflode.test");
        email(manager(), "chef@namndflode.test");
        FollowUp followUp = start();
        outcome(Role.CASE_OFFICER, followUp, "I02", "3");
        moveTo(followUp, DEADLINE, LocalTime.of(23, 59));
        smtp.purgeEmailFromAllMailboxes();

        moveTo(followUp, DEADLINE.plusDays(1), LocalTime.of(0, 30));

        assertThat(reload(followUp).getState()).isEqualTo(FollowUpState.OUTCOMES_MISSING);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("the manager only").hasSize(1);
        assertThat(SmtpServer.to(received[0])).isEqualTo("chef@namndflode.test");
        assertThat(received[0].getSubject()).isEqualTo("Utfall saknas: uppföljningen T1 2026 av " + boardName());
        assertThat(SmtpServer.text(received[0])).startsWith("Hej Testperson " + manager() + "!")
                .contains("Sista dagen för utfall till uppföljningen T1 2026 av " + boardName() + ", "
                        + kommun.name() + ", var 2026-05-15",
                        "Testperson " + officer() + ":\n- I03 Andel brukare som känner sig trygga\n",
                        "Testperson " + manager() + ":\n- I01 Andel nöjda brukare\n",
                        "eller öppna bedömningen utan dem",
                        SmtpServer.BASE_URL + "/uppgifter/" + taskId(followUp, "HandleMissingOutcomes", manager()))
                .doesNotContain("I02");
        assertThat(audit(followUp, FollowUpMail.ESCALATION_MAILED, "summary")).isEqualTo("Eskaleringen av "
                + "saknade utfall till uppföljning T1 2026, " + boardName() + " e-postad till 1 av 1 (chefen)");
    }
}

package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.MailTest;
import se.namndflode.SmtpServer;
import se.namndflode.MovableClock;
import se.namndflode.SignedIn;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The justering reminder by e-mail (GreenMail, a real SMTP server in the test's JVM): two days before the last day
 * of justering the meeting process's timer fires, and each signatory who has not signed and has an address gets one
 * e-mail with the last day and the link to the justering page; one who has signed gets none.
 */
@MailTest
class JusteringReminderMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = SmtpServer.extension();

    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    MinutesApproval approval;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSignatoriesWhoHaveNotSignedAreRemindedTwoDaysBeforeTheLastDay() throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        jdbc.update("update person set email = ? where id = ?", "ordforande@namndflode.test", held.person("s1"));
        jdbc.update("update person set email = ? where id = ?", "vice@namndflode.test", held.person("m1"));
        jdbc.update("update person set email = ? where id = ?", "c@namndflode.test", held.person("c"));
        MinutesApproval.State named = SignedIn.as(fixtures.secretary(),
                () -> approval.setSignatories(held.meetingId(), approval.state(held.meetingId()).meetingVersion(),
                        null, List.of(held.person("m1"))));
        SignedIn.as(fixtures.politician(held.person("s1")), () -> approval.sign(held.meetingId(),
                named.contentHash()));
        java.time.LocalDate meetingDay = java.time.LocalDate.now(WorkingDayCalendar.STOCKHOLM);

        clock.setInstant(meetingDay.plusDays(12).atTime(7, 59).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        fixtures.runJobs(held.meetingId());
        assertThat(smtp.getReceivedMessages()).isEmpty();

        clock.setInstant(meetingDay.plusDays(12).atTime(8, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        fixtures.runJobs(held.meetingId());
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(SmtpServer.to(received[0])).isEqualTo("vice@namndflode.test");
        assertThat(received[0].getSubject()).startsWith("Påminnelse: justera protokollet från");
        String body = SmtpServer.text(received[0]);
        assertThat(body).contains(SmtpServer.BASE_URL + "/sammantraden/" + held.meetingId() + "/protokoll/justering");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MEETING' and "
                + "entity_id = ? and action = 'JUSTERING_REMINDER_MAILED'", Long.class, held.meetingId().toString()))
                .isEqualTo(1);
    }
}

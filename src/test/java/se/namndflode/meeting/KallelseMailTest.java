package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.MailTest;
import se.namndflode.SmtpServer;
import se.namndflode.SignedIn;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;

/**
 * Sending the kallelse with an SMTP server configured (GreenMail, a real SMTP server in the test's JVM): each
 * member and substitute of the board on the meeting's day with an e-mail address gets exactly one e-mail with the
 * link to the kallelse page, after the commit; a rolled-back or refused send mails nobody; a mail failure leaves
 * the kallelse sent.
 */
@MailTest
class KallelseMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = SmtpServer.extension();

    @Autowired
    Kallelse kallelse;
    @Autowired
    Meetings meetings;
    @Autowired
    KallelseFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private SignedInUser secretary() {
        return fixtures.user("sekreterare");
    }

    private String mailedAudit(Long meetingId) {
        return jdbc.queryForObject("select summary from audit_event where entity_type = ? and entity_id = ? "
                + "and action = 'KALLELSE_MAILED'", String.class, Meetings.ENTITY, meetingId.toString());
    }

    @Test
    void eachMemberAndSubstituteOnTheDayGetsExactlyOneEmailWithTheLink() throws Exception {
        KallelseFixtures.Board board = fixtures.board();
        Matter secret = fixtures.meetings().awaitingAgenda(board.id(), MatterKind.REPORT,
                "Placering av barnet Hemlig", true);
        Meeting meeting = fixtures.agendaSet(board.id(), secret);
        String link = SmtpServer.BASE_URL + "/sammantraden/" + meeting.getId() + "/kallelse";

        SignedIn.as(secretary(), () -> kallelse.send(meeting.getId()));

        assertThat(smtp.waitForIncomingEmail(5000, board.withEmail().size())).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> addresses = new ArrayList<>();
        for (MimeMessage message : received) {
            addresses.add(SmtpServer.to(message));
        }
        // Exactly one each, to those seated on the day with an address: not the member without one, not the
        // former member, not the substitute whose seat starts after the meeting.
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(
                board.withEmail().stream().map(KallelseFixtures.Seated::email).toList());
        Map<String, KallelseFixtures.Seated> byAddress = new java.util.HashMap<>();
        board.withEmail().forEach(person -> byAddress.put(person.email(), person));
        for (MimeMessage message : received) {
            KallelseFixtures.Seated person = byAddress.get(SmtpServer.to(message));
            String body = SmtpServer.text(message);
            assertThat(message.getSubject()).isEqualTo("Kallelse: " + meeting.getBoard().getName() + ", sammanträde "
                    + meeting.getDay());
            assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo(SmtpServer.FROM);
            assertThat(((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                    .isEqualTo(person.name());
            assertThat(body).contains("Hej " + person.name() + "!").contains(link)
                    .contains(person.seatType() == se.namndflode.organisation.SeatType.MEMBER ? "Du kallas som ledamot"
                            : "Du underrättas som ersättare")
                    .contains(meeting.getBoard().getName()).contains("kl. 18.00").contains("Sammanträdesrummet");
            // Nothing of the agenda: a mailbox is outside the application's access control.
            assertThat(body).doesNotContain("Hemlig").doesNotContain(Meetings.CONFIDENTIAL_TITLE);
        }
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.KALLELSE_SENT);
        assertThat(fixtures.meetings().audits(meeting.getId(), "KALLELSE_SENT")).isEqualTo(1);
        assertThat(mailedAudit(meeting.getId())).isEqualTo("Kallelsen e-postad till " + board.withEmail().size()
                + " av " + board.seated().size() + " ledamöter och ersättare");
    }

    @Test
    void aSendThatIsRolledBackOrRefusedMailsNobody() {
        KallelseFixtures.Board board = fixtures.board();
        Meeting planned = fixtures.planned(board.id());

        // Refused before the agenda is set: nothing changes, nothing is mailed.
        assertThatThrownBy(() -> SignedIn.as(secretary(), () -> kallelse.send(planned.getId())))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("meeting.kallelse.notReady"));
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // Sent inside a transaction that is then rolled back: no mail for a change that did not happen.
        Meeting meeting = meetings.setAgenda(planned.getId());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            SignedIn.as(secretary(), () -> kallelse.send(meeting.getId()));
            status.setRollbackOnly();
        });
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.AGENDA_SET);

        // Sent for real, then a second time (refused): one e-mail each, not two.
        SignedIn.as(secretary(), () -> kallelse.send(meeting.getId()));
        assertThatThrownBy(() -> SignedIn.as(secretary(), () -> kallelse.send(meeting.getId())))
                .isInstanceOf(DomainException.class);
        assertThat(smtp.getReceivedMessages()).hasSize(board.withEmail().size());
    }

    @Test
    void aMailFailureLeavesTheKallelseSentAndIsAudited() {
        KallelseFixtures.Board board = fixtures.board();
        Meeting meeting = fixtures.agendaSet(board.id());
        smtp.stop();

        Meeting sent = SignedIn.as(secretary(), () -> kallelse.send(meeting.getId()));

        assertThat(sent.getStatus()).isEqualTo(MeetingStatus.KALLELSE_SENT);
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.KALLELSE_SENT);
        assertThat(mailedAudit(meeting.getId())).isEqualTo("Kallelsen e-postad till 0 av " + board.seated().size()
                + " ledamöter och ersättare");
        String details = jdbc.queryForObject("select details from audit_event where entity_type = ? and entity_id = ?"
                + " and action = 'KALLELSE_MAILED'", String.class, Meetings.ENTITY, meeting.getId().toString());
        assertThat(details).startsWith("kunde inte skickas till: ").contains(board.member().name())
                .contains("saknar e-postadress: ");
    }
}

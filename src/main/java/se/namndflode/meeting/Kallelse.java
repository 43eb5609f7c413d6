package se.namndflode.meeting;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.organisation.BoardComposition;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.SeatType;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;

/**
 * The kallelse of a meeting: who may read it, the PDF pack ({@link KallelsePack}), who it goes to, and sending it.
 *
 * <p>Readers: the municipality's secretaries (SECRETARY) at any time, to prepare and check it; the board's members
 * and substitutes on the meeting's day (POLITICIAN accounts linked to a person who holds a seat in the board on
 * that day, {@link Organisation#composition}) once it has been sent. A meeting of another municipality is "not
 * found" ({@code notFound.meeting}); anyone else of the municipality is refused (403,
 * {@code meeting.kallelse.forbidden}); a member asking before it is sent is told it is not sent yet (404,
 * {@code meeting.kallelse.notSent}).
 *
 * <p>Sending ({@link #send}) is the secretary's: {@link Meetings#sendKallelse} marks the meeting KALLELSE_SENT
 * (refused before the agenda is set, and a second time), audits it and moves the meeting's process on; the
 * e-mails with the link go out after the commit ({@link KallelseMail}).
 */
@Service
@Transactional(readOnly = true)
public class Kallelse {

    /** The statuses in which the kallelse has gone out (or the meeting was held without one). */
    static final Set<MeetingStatus> SENT = EnumSet.of(MeetingStatus.KALLELSE_SENT, MeetingStatus.OPEN,
            MeetingStatus.CLOSED, MeetingStatus.MINUTES_DRAFTED);

    /**
     * A member or substitute of the board on the meeting's day: who the kallelse goes to.
     *
     * @param email the person's e-mail address, or null when none is recorded
     */
    public record Recipient(Long personId, String name, String party, SeatType seatType, String email) {

        public boolean hasEmail() {
            return email != null;
        }
    }

    /** What the kallelse page shows: the meeting, its agenda items with what the pack holds of each, and more. */
    record View(Meeting meeting, List<KallelsePack.Entry> entries, boolean secretary, boolean sent,
            List<Recipient> recipients, boolean mailConfigured) {

        public boolean maySend() {
            return secretary && meeting.getStatus() == MeetingStatus.AGENDA_SET;
        }

        public long withoutEmail() {
            return recipients.stream().filter(recipient -> !recipient.hasEmail()).count();
        }
    }

    /** The address of a meeting's kallelse page, relative to the application (KallelsePages). */
    static String page(Long meetingId) {
        return "/sammantraden/" + meetingId + "/kallelse";
    }

    private final Meetings meetings;
    private final Organisation organisation;
    private final KallelsePack pack;
    private final ObjectProvider<JavaMailSender> mail;

    Kallelse(Meetings meetings, Organisation organisation, KallelsePack pack, ObjectProvider<JavaMailSender> mail) {
        this.meetings = meetings;
        this.organisation = organisation;
        this.pack = pack;
        this.mail = mail;
    }

    /**
     * Sends the kallelse: AGENDA_SET → KALLELSE_SENT, audited, the meeting's process moved on; after the commit each
     * member and substitute with an e-mail address gets one e-mail with the link to the kallelse page (when an SMTP
     * server is configured). Refused: anyone but a secretary (403, {@code meeting.kallelse.secretaryOnly}), a
     * meeting of another municipality (404), a meeting whose agenda is not set or whose kallelse is already sent
     * ({@code meeting.kallelse.notReady}).
     */
    @Transactional
    public Meeting send(Long meetingId) {
        Optional<SignedInUser> user = CurrentUser.get();
        if (user.isPresent() && !user.get().hasRole(Role.SECRETARY)) {
            throw DomainException.forbidden("meeting.kallelse.secretaryOnly");
        }
        return meetings.sendKallelse(meetingId);
    }

    /** The kallelse page's content, for a reader (see the class comment for who that is). */
    View view(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        boolean secretary = requireReader(meeting);
        List<KallelsePack.Entry> entries = pack.entries(meetings.paragraphs(meetingId));
        return new View(meeting, entries, secretary, SENT.contains(meeting.getStatus()),
                secretary ? recipients(meeting) : List.of(), mailConfigured());
    }

    /** The kallelse as one PDF (notice, agenda, the approved tjänsteutlåtanden, bookmarks), for a reader. */
    public byte[] pdf(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        requireReader(meeting);
        return pack.pdf(meeting, meetings.paragraphs(meetingId));
    }

    /** Who the kallelse goes to: the board's members, then its substitutes, on the meeting's day. Secretaries only. */
    public List<Recipient> recipients(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (!requireReader(meeting)) {
            throw DomainException.forbidden("meeting.kallelse.secretaryOnly");
        }
        return recipients(meeting);
    }

    /** Whether e-mail can be sent at all: an SMTP server is configured ({@code spring.mail.host}). */
    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    /** The board's members and substitutes on the meeting's day, each person once, members first. */
    List<Recipient> recipients(Meeting meeting) {
        BoardComposition composition = organisation.composition(meeting.getBoard(), meeting.getDay());
        Map<Long, Recipient> recipients = new LinkedHashMap<>();
        Stream.concat(composition.members().stream(), composition.substitutes().stream())
                .forEach(seat -> recipients.putIfAbsent(seat.getPerson().getId(), recipient(seat)));
        return List.copyOf(recipients.values());
    }

    private static Recipient recipient(BoardSeat seat) {
        String email = seat.getPerson().getEmail();
        return new Recipient(seat.getPerson().getId(), seat.getPerson().getFullName(), seat.getParty().getCode(),
                seat.getSeatType(), email == null || email.isBlank() ? null : email.strip());
    }

    /**
     * Whether the signed-in user may read the meeting's kallelse; true for a secretary (or work without a user),
     * false for a member or substitute. Refuses everyone else.
     */
    private boolean requireReader(Meeting meeting) {
        Optional<SignedInUser> signedIn = CurrentUser.get();
        if (signedIn.isEmpty() || signedIn.get().hasRole(Role.SECRETARY)) {
            return true;
        }
        SignedInUser user = signedIn.get();
        if (user.hasRole(Role.POLITICIAN) && holdsSeat(meeting, user.getPersonId())) {
            if (!SENT.contains(meeting.getStatus())) {
                throw DomainException.notFound("meeting.kallelse.notSent");
            }
            return false;
        }
        throw DomainException.forbidden("meeting.kallelse.forbidden");
    }

    /** Whether the person is a member or substitute of the meeting's board on its day. */
    private boolean holdsSeat(Meeting meeting, Long personId) {
        if (personId == null) {
            return false;
        }
        BoardComposition composition = organisation.composition(meeting.getBoard(), meeting.getDay());
        return Stream.concat(composition.members().stream(), composition.substitutes().stream())
                .anyMatch(seat -> seat.getPerson().getId().equals(personId));
    }
}

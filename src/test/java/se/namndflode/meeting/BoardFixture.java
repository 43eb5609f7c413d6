package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.namndflode.organisation.BoardRole;
import se.namndflode.shared.web.DomainException;

/**
 * A board of 13 members like Stockholm's Socialnämnden in the seed minutes (S 4 with the chair, V 2, MP 1, L 1,
 * M 3 with the vice chair, C 1, SD 1) and substitutes per party, a meeting of eight paragraphs (§ 1–§ 8), and
 * helpers to build attendance and the console context. Plain Java: the domain's rules without Spring.
 */
final class BoardFixture {

    static final OffsetDateTime NOW = OffsetDateTime.of(2023, 12, 12, 14, 0, 0, 0, ZoneOffset.ofHours(1));
    static final OffsetDateTime JUSTERING = OffsetDateTime.of(2023, 12, 19, 10, 0, 0, 0, ZoneOffset.ofHours(1));

    private static long nextId = 1;

    // Members (13)
    final PersonRef ojanne = person("Alexander Ojanne", "S");
    final PersonRef s2 = person("Sara Lind", "S");
    final PersonRef s3 = person("Per Ek", "S");
    final PersonRef s4 = person("Lina Ros", "S");
    final PersonRef mohammed = person("Rashid Mohammed", "V");
    final PersonRef v2 = person("Eva Berg", "V");
    final PersonRef runsten = person("Magnus Runsten", "MP");
    final PersonRef jonsson = person("Jan Jönsson", "L");
    final PersonRef hedin = person("Andrea Hedin", "M");
    final PersonRef m2 = person("Olof Sten", "M");
    final PersonRef m3 = person("Karin Ask", "M");
    final PersonRef jacobsson = person("Kristin Jacobsson", "C");
    final PersonRef kroon = person("Gabriel Kroon", "SD");
    // Substitutes
    final PersonRef subS1 = person("Anna Holm", "S");
    final PersonRef subS2 = person("Erik Dahl", "S");
    final PersonRef subV1 = person("Mona Falk", "V");
    final PersonRef subM1 = person("Johan Lund", "M");
    final PersonRef subC1 = person("Nils Strand", "C");
    final PersonRef subKD1 = person("Ulla Vik", "KD");

    final List<PersonRef> members = List.of(ojanne, s2, s3, s4, mohammed, v2, runsten, jonsson, hedin, m2, m3,
            jacobsson, kroon);
    final Roster roster;
    final List<AgendaRef> agenda = new ArrayList<>();

    BoardFixture() {
        List<SeatHolder> memberSeats = new ArrayList<>();
        for (PersonRef member : members) {
            BoardRole role = member == ojanne ? BoardRole.CHAIR : member == hedin ? BoardRole.VICE_CHAIR : null;
            memberSeats.add(SeatHolder.member(member, role));
        }
        List<SeatHolder> substituteSeats = List.of(SeatHolder.substitute(subS1, 1), SeatHolder.substitute(subS2, 2),
                SeatHolder.substitute(subV1, 1), SeatHolder.substitute(subM1, 1), SeatHolder.substitute(subC1, 1),
                SeatHolder.substitute(subKD1, 1));
        roster = new Roster(memberSeats, substituteSeats, 13 / 2 + 1);
        for (int number = 1; number <= 8; number++) {
            agenda.add(new AgendaRef(1000L + number, "§ " + number));
        }
    }

    private static PersonRef person(String name, String party) {
        return new PersonRef(nextId++, name, party);
    }

    Long paragraph(int number) {
        return 1000L + number;
    }

    /** Attendance where the given persons are present from the start. */
    Attendance present(List<PersonRef> persons) {
        Attendance attendance = new Attendance(roster, agenda, List.of(), List.of(), List.of());
        for (PersonRef person : persons) {
            attendance = attendance.withChange(new AttendanceChange(person.personId(),
                    AttendanceChange.Movement.ARRIVED, null));
        }
        return attendance;
    }

    /** Every member present from the start. */
    Attendance allMembersPresent() {
        return present(members);
    }

    List<PersonRef> membersExcept(PersonRef... absent) {
        List<PersonRef> present = new ArrayList<>(members);
        present.removeAll(List.of(absent));
        return present;
    }

    ConsoleContext context(Attendance attendance, int paragraph) {
        return new ConsoleContext(true, false, false, false, true, attendance.serving(paragraph(paragraph)), NOW,
                JUSTERING);
    }

    static ConsoleContext decided(ConsoleContext context) {
        return new ConsoleContext(context.meetingOpen(), context.meetingClosed(), true, context.exerciseOfAuthority(),
                context.administrationProposal(), context.serving(), context.now(), context.justeringAt());
    }

    static ConsoleContext closed(ConsoleContext context) {
        return new ConsoleContext(false, true, context.decided(), context.exerciseOfAuthority(),
                context.administrationProposal(), context.serving(), context.now(), context.justeringAt());
    }

    static ConsoleContext at(ConsoleContext context, OffsetDateTime now) {
        return new ConsoleContext(context.meetingOpen(), context.meetingClosed(), context.decided(),
                context.exerciseOfAuthority(), context.administrationProposal(), context.serving(), now,
                context.justeringAt());
    }

    static ConsoleContext authority(ConsoleContext context) {
        return new ConsoleContext(context.meetingOpen(), context.meetingClosed(), context.decided(), true,
                context.administrationProposal(), context.serving(), context.now(), context.justeringAt());
    }

    static ProposalDraft approval(PersonRef... movers) {
        return new ProposalDraft(ProposalKind.APPROVE, List.of(movers), List.of(), List.of(), null, null);
    }

    static ProposalDraft own(List<PersonRef> movers, String... clauses) {
        return new ProposalDraft(ProposalKind.OWN, movers, List.of(), List.of(clauses), null, null);
    }

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    /** The refusal's Swedish message, as the API's problem detail shows it. */
    static String swedish(DomainException refusal) {
        return MESSAGES.getMessage(refusal.messageKey(), refusal.arguments(), Locale.forLanguageTag("sv-SE"));
    }

    /** Asserts the action is refused with the message key and returns the Swedish message. */
    static String refused(ThrowableAssert.ThrowingCallable action, String messageKey) {
        DomainException refusal = catchThrowableOfType(DomainException.class, action);
        assertThat(refusal).as("refused with " + messageKey).isNotNull();
        assertThat(refusal.messageKey()).isEqualTo(messageKey);
        String message = swedish(refusal);
        assertThat(message).as("a Swedish message for " + messageKey).doesNotStartWith("meeting.");
        return message;
    }
}

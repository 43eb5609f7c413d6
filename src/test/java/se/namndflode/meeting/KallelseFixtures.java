package se.namndflode.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.matter.StaffReportForm;
import se.namndflode.matter.StaffReportHeading;
import se.namndflode.matter.StaffReports;
import se.namndflode.organisation.AccountForm;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.organisation.PersonForm;
import se.namndflode.organisation.SeatForm;
import se.namndflode.organisation.SeatType;
import se.namndflode.registry.DocumentDirection;
import se.namndflode.registry.DocumentForm;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * What the kallelse tests set up: a board of its own with members and substitutes (people with and without an
 * e-mail address, and seats that do not cover the meeting's day), matters whose tjänsteutlåtande was written,
 * approved and registered as the approval task does, a meeting with its agenda set, and politicians' logins.
 */
@TestComponent
@Import(MeetingFixtures.class)
class KallelseFixtures {

    static final String PASSWORD = "kallelse-test-lösenord";

    /** A person with a seat, as the tests need them. */
    record Seated(Long personId, String name, String email, SeatType seatType) {
    }

    /** The board's people: those holding a seat on the meeting's day, and those who do not. */
    record Board(Long id, List<Seated> seated, List<Seated> notSeatedOnTheDay) {

        List<Seated> withEmail() {
            return seated.stream().filter(person -> person.email() != null).toList();
        }

        Seated member() {
            return seated.stream().filter(person -> person.seatType() == SeatType.MEMBER).findFirst().orElseThrow();
        }

        Seated substitute() {
            return seated.stream().filter(person -> person.seatType() == SeatType.SUBSTITUTE).findFirst()
                    .orElseThrow();
        }
    }

    private final MeetingFixtures meetingFixtures;
    private final OrganisationAdmin admin;
    private final Accounts accounts;
    private final Registry registry;
    private final StaffReports staffReports;
    private final Meetings meetings;
    private final JdbcTemplate jdbc;

    KallelseFixtures(MeetingFixtures meetingFixtures, OrganisationAdmin admin, Accounts accounts, Registry registry,
            StaffReports staffReports, Meetings meetings, JdbcTemplate jdbc) {
        this.meetingFixtures = meetingFixtures;
        this.admin = admin;
        this.accounts = accounts;
        this.registry = registry;
        this.staffReports = staffReports;
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    static LocalDate meetingDay() {
        return LocalDate.now(WorkingDayCalendar.STOCKHOLM).plusDays(7);
    }

    /**
     * A new board of Stockholms stad with three members (one without an e-mail address) and two substitutes on the
     * meeting's day, and a former member and a future substitute whose seats do not cover it.
     */
    Board board() {
        Long board = meetingFixtures.newBoard();
        String tag = MeetingFixtures.unique().toLowerCase();
        LocalDate day = meetingDay();
        List<Seated> seated = new ArrayList<>();
        seated.add(seat(board, "Alva", "Ordförande" + tag, "alva." + tag + "@example.se", SeatType.MEMBER, "S", 1,
                day.minusYears(1), null));
        seated.add(seat(board, "Şahin", "Đorđević" + tag, "sahin." + tag + "@example.se", SeatType.MEMBER, "M", 1,
                day.minusYears(1), day.plusYears(1)));
        seated.add(seat(board, "Utan", "Epost" + tag, null, SeatType.MEMBER, "V", 1, day.minusYears(1), null));
        seated.add(seat(board, "Ella", "Ersättare" + tag, "ella." + tag + "@example.se", SeatType.SUBSTITUTE, "S", 1,
                day.minusYears(1), null));
        seated.add(seat(board, "Erik", "Ersättare" + tag, "erik." + tag + "@example.se", SeatType.SUBSTITUTE, "M", 1,
                day.minusYears(1), null));
        List<Seated> others = new ArrayList<>();
        others.add(seat(board, "Före", "Detta" + tag, "fore." + tag + "@example.se", SeatType.MEMBER, "S", 1,
                day.minusYears(2), day.minusDays(1)));
        others.add(seat(board, "Kommer", "Sedan" + tag, "kommer." + tag + "@example.se", SeatType.SUBSTITUTE, "S", 2,
                day.plusDays(1), null));
        return new Board(board, seated, others);
    }

    private Seated seat(Long board, String firstName, String lastName, String email, SeatType type, String party,
            int order, LocalDate from, LocalDate to) {
        PersonForm person = new PersonForm();
        person.setMunicipalityId(meetingFixtures.stockholm());
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setEmail(email);
        Long personId = admin.savePerson(person).getId();
        SeatForm seat = new SeatForm();
        seat.setBoardId(board);
        seat.setPersonId(personId);
        seat.setPartyId(jdbc.queryForObject("select p.id from party p join municipality m on m.id = p.municipality_id "
                + "where m.code = 'stockholm' and p.code = ?", Long.class, party));
        seat.setSeatType(type);
        seat.setSubstituteOrder(type == SeatType.SUBSTITUTE ? order : null);
        seat.setValidFrom(from);
        seat.setValidTo(to);
        admin.saveSeat(seat);
        return new Seated(personId, firstName + " " + lastName, email, type);
    }

    /**
     * A board matter whose tjänsteutlåtande (with {@code summary} as its summary) was written, submitted, reviewed,
     * approved and registered as the approval task does, waiting to be placed on an agenda.
     */
    Matter approvedMatter(Long board, String title, String summary, boolean confidential) {
        Matter matter = meetingFixtures.register(board, MatterKind.REPORT, title, confidential);
        StaffReportForm form = new StaffReportForm();
        form.setMatterId(matter.getId());
        form.setTitle(title);
        form.setReportDate(LocalDate.now(WorkingDayCalendar.STOCKHOLM));
        form.setDecisionPoints("Nämnden godkänner rapporten.\nParagrafen justeras omedelbart.");
        form.setSummary(summary);
        form.setAssessment("Förvaltningen bedömer att rapporten kan godkännas.");
        form.setAttachments("");
        String municipality = matter.getMunicipality().getCode();
        staffReports.save(form, new StaffReportHeading(matter.getRegistryNumber().toString(),
                matter.getBoard().getName(), "Mötesförvaltningen", "Sofia Lind", municipality));
        staffReports.submit(matter.getId(), municipality);
        meetingFixtures.complete(matter, "PrepareStaffReport", Map.of());
        meetingFixtures.complete(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        byte[] pdf = staffReports.approve(matter.getId(), municipality);
        DocumentForm document = new DocumentForm();
        document.setType(DocumentType.STAFF_REPORT);
        document.setDirection(DocumentDirection.INTERNAL);
        document.setTitle("Tjänsteutlåtande");
        document.setDate(LocalDate.now(WorkingDayCalendar.STOCKHOLM));
        registry.registerDocument(matter.getId(), document, new FileContent(
                "tjansteutlatande-" + matter.getRegistryNumber().toUrl() + ".pdf", "application/pdf", pdf));
        meetingFixtures.complete(matter, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        return matter;
    }

    /** A meeting of the board on {@link #meetingDay()} with the matters placed on it (agenda not set). */
    Meeting planned(Long board, Matter... matters) {
        Meeting meeting = meetings.plan(board, meetingDay(), LocalTime.of(18, 0), "Sammanträdesrummet");
        for (Matter matter : matters) {
            meetingFixtures.place(meetings, meeting.getId(), matter);
        }
        return meeting;
    }

    /** As {@link #planned}, with the agenda set (§ numbers given). */
    Meeting agendaSet(Long board, Matter... matters) {
        Meeting meeting = planned(board, matters);
        return meetings.setAgenda(meeting.getId());
    }

    /** A login of the person with the role POLITICIAN in Stockholms stad; returns its user. */
    SignedInUser politician(Seated person) {
        return account("ledamot." + MeetingFixtures.unique().toLowerCase(), person.name(), person.personId(),
                EnumSet.of(Role.POLITICIAN), "stockholm");
    }

    /** A login with these roles in the municipality (no person). */
    SignedInUser account(Set<Role> roles, String municipality) {
        return account("konto." + MeetingFixtures.unique().toLowerCase(), "Testkonto", null, roles, municipality);
    }

    private SignedInUser account(String username, String name, Long personId, Set<Role> roles, String municipality) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName(name);
        form.setPersonId(personId);
        form.setRoles(EnumSet.copyOf(roles));
        form.setMunicipalityIds(Set.of(jdbc.queryForObject("select id from municipality where code = ?", Long.class,
                municipality)));
        form.setPassword(PASSWORD);
        accounts.save(form);
        return accounts.loadUserByUsername(username);
    }

    SignedInUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    MeetingFixtures meetings() {
        return meetingFixtures;
    }
}

package se.namndflode.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.BoardRole;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.organisation.PartyForm;
import se.namndflode.organisation.PersonForm;
import se.namndflode.organisation.SeatForm;
import se.namndflode.organisation.SeatType;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * A board of Stockholms stad of its own with 13 members (S 4 with the chair, V 2, MP, L, M 3 with the vice chair,
 * C, SD) and substitutes (S 1 and 2, M 1, C 1, KD 1), and an open meeting of it today whose agenda is § 1–4
 * standard items, § 5 and § 6 board matters, § 7–9 closing items. Persons by short key: members {@code s1} (chair)
 * .. {@code s4}, {@code v1}, {@code v2}, {@code mp}, {@code l}, {@code m1} (vice chair), {@code m2}, {@code m3},
 * {@code c}, {@code sd}; substitutes {@code subS1}, {@code subS2}, {@code subM1}, {@code subC1}, {@code subKD1}.
 */
@TestComponent
@Import(MeetingFixtures.class)
public class ConsoleFixtures {

    static final List<String> MEMBERS = List.of("s1", "s2", "s3", "s4", "v1", "v2", "mp", "l", "m1", "m2", "m3", "c",
            "sd");
    static final List<String> MAJORITY = List.of("s1", "s2", "s3", "s4", "v1", "v2", "mp");
    static final List<String> OPPOSITION = List.of("l", "m1", "m2", "m3", "c", "sd");

    private final MeetingFixtures meetingFixtures;
    private final Meetings meetings;
    private final OrganisationAdmin admin;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;

    ConsoleFixtures(MeetingFixtures meetingFixtures, Meetings meetings, OrganisationAdmin admin, Accounts accounts,
            JdbcTemplate jdbc) {
        this.meetingFixtures = meetingFixtures;
        this.meetings = meetings;
        this.admin = admin;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The open meeting, its paragraphs by § number, and the board's persons by key. */
    record OpenMeeting(Long meetingId, Long boardId, Map<Integer, Long> paragraphs, Map<String, Long> persons,
            List<Matter> matters) {

        Long paragraph(int number) {
            return paragraphs.get(number);
        }

        Long person(String key) {
            return persons.get(key);
        }

        String url() {
            return "/api/v1/meetings/" + meetingId;
        }

        String paragraphUrl(int number) {
            return url() + "/paragraphs/" + paragraph(number);
        }
    }

    OpenMeeting openMeeting() {
        return openMeeting(boardId -> List.of(
                meetingFixtures.awaitingAgenda(boardId, "Remiss om samarbete för skyddade boenden"),
                meetingFixtures.awaitingAgenda(boardId, "Program för tillgänglighet och delaktighet")));
    }

    /** As {@link #openMeeting()}, with the matters (waiting in their agenda step) that {@code matters} gives. */
    OpenMeeting openMeeting(java.util.function.Function<Long, List<Matter>> matters) {
        Long boardId = meetingFixtures.newBoard();
        Map<String, Long> persons = new LinkedHashMap<>();
        String[][] members = {{"s1", "S", "CHAIR"}, {"s2", "S", ""}, {"s3", "S", ""}, {"s4", "S", ""},
            {"v1", "V", ""}, {"v2", "V", ""}, {"mp", "MP", ""}, {"l", "L", ""}, {"m1", "M", "VICE_CHAIR"},
            {"m2", "M", ""}, {"m3", "M", ""}, {"c", "C", ""}, {"sd", "SD", ""}};
        for (String[] member : members) {
            persons.put(member[0], seat(boardId, member[0], member[1], SeatType.MEMBER,
                    member[2].isEmpty() ? null : BoardRole.valueOf(member[2]), null));
        }
        String[][] substitutes = {{"subS1", "S", "1"}, {"subS2", "S", "2"}, {"subM1", "M", "1"}, {"subC1", "C", "1"},
            {"subKD1", "KD", "1"}};
        for (String[] substitute : substitutes) {
            persons.put(substitute[0], seat(boardId, substitute[0], substitute[1], SeatType.SUBSTITUTE, null,
                    Integer.valueOf(substitute[2])));
        }
        List<Matter> placed = new ArrayList<>(matters.apply(boardId));
        LocalDate today = LocalDate.now(WorkingDayCalendar.STOCKHOLM);
        Meeting meeting = meetings.plan(boardId, today, LocalTime.of(ThreadLocalRandom.current().nextInt(8, 20),
                ThreadLocalRandom.current().nextInt(60)), "Sammanträdesrummet");
        for (Matter matter : placed) {
            meetingFixtures.place(meetings, meeting.getId(), matter);
        }
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        Map<Integer, Long> paragraphs = new LinkedHashMap<>();
        meetings.paragraphs(meeting.getId()).forEach(item -> paragraphs.put(item.getNumber(), item.getId()));
        return new OpenMeeting(meeting.getId(), boardId, paragraphs, persons, placed);
    }

    private Long seat(Long boardId, String key, String partyCode, SeatType type, BoardRole role, Integer order) {
        PersonForm person = new PersonForm();
        person.setMunicipalityId(meetingFixtures.stockholm());
        person.setFirstName(key.toUpperCase(java.util.Locale.ROOT));
        person.setLastName("Testsson");
        Long personId = admin.savePerson(person).getId();
        SeatForm seat = new SeatForm();
        seat.setBoardId(boardId);
        seat.setPersonId(personId);
        seat.setPartyId(party(partyCode));
        seat.setSeatType(type);
        seat.setBoardRole(role);
        seat.setSubstituteOrder(order);
        seat.setValidFrom(LocalDate.now(WorkingDayCalendar.STOCKHOLM).minusYears(1));
        admin.saveSeat(seat);
        return personId;
    }

    private Long party(String code) {
        List<Long> found = jdbc.queryForList("select id from party where municipality_id = ? and code = ?",
                Long.class, meetingFixtures.stockholm(), code);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        PartyForm party = new PartyForm();
        party.setMunicipalityId(meetingFixtures.stockholm());
        party.setCode(code);
        party.setName("Partiet " + code);
        return admin.saveParty(party).getId();
    }

    /**
     * Gives the matter an approved tjänsteutlåtande with these decision points, as the staff report's own flow
     * leaves it (written directly: that flow is tested in the matter module).
     */
    void approvedReport(Matter matter, String... points) {
        jdbc.update("insert into staff_report (matter_id, status, latest_number, approved_at, approved_by, "
                + "approved_number, version) values (?, 'APPROVED', 1, current_timestamp, 'forvaltningschef', 1, 0)",
                matter.getId());
        Long reportId = jdbc.queryForObject("select id from staff_report where matter_id = ?", Long.class,
                matter.getId());
        jdbc.update("insert into staff_report_version (staff_report_id, number, title, registry_number, board_name, "
                + "administration, case_officer_name, report_date, summary, created_at, created_by) values (?, 1, ?, "
                + "?, 'Mötesnämnd', 'Mötesförvaltning', 'Handläggare', current_date, 'Sammanfattning', "
                + "current_timestamp, 'handlaggare')", reportId, matter.getTitle(),
                matter.getRegistryNumber().toString());
        Long versionId = jdbc.queryForObject("select id from staff_report_version where staff_report_id = ?",
                Long.class, reportId);
        for (int i = 0; i < points.length; i++) {
            jdbc.update("insert into staff_report_decision_point (staff_report_version_id, ordinal, content) "
                    + "values (?, ?, ?)", versionId, i, points[i]);
        }
    }

    /** The demo's user by name (e.g. "sekreterare"). */
    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A politician of Stockholm's linked to the person, without an account in the database. */
    RequestPostProcessor politician(Long personId) {
        return user(new SignedInUser(-1L, "ledamot-" + personId, "{noop}x", true, true, "Ledamot",
                Set.of(Role.POLITICIAN), Set.of("stockholm"), personId));
    }

    long audits(Long meetingId, String action) {
        return meetingFixtures.audits(meetingId, action);
    }

    List<String> waitingIn(Matter matter) {
        return meetingFixtures.waitingIn(matter);
    }

    /** Each standard item not yet handled recorded (see {@link MeetingFixtures#recordStandardItems}). */
    public void recordStandardItems(Long meetingId) {
        meetingFixtures.recordStandardItems(meetings, meetingId);
    }
}

package se.namndflode.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.meeting.MeetingConsole.DecisionInput;
import se.namndflode.meeting.MeetingConsole.ProposalInput;
import se.namndflode.meeting.MeetingImportFile.Item;
import se.namndflode.meeting.MeetingImportFile.Reservation;
import se.namndflode.meeting.MeetingImportFile.SpecialStatement;
import se.namndflode.meeting.MeetingImportFile.Yrkande;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * Records a held meeting from its {@link MeetingImportFile} through the same services as the secretary's pages and
 * the live console, so that every rule of theirs applies (the caller runs each step as of its own day, see
 * {@code shared.time.AsOfClock}, and as the secretary): {@link #plan} plans the meeting, puts the matters on its
 * agenda in the minutes' order with the standard items of the file, and sets the agenda; {@link #open} opens the
 * meeting and records who is present; {@link #record} records every paragraph (yrkanden, propositionsordning,
 * decision, reservations, statements, then the immediate justering, which locks the paragraph), sets the justering
 * and closes the meeting. Persons are found by full name among the board's seats on the meeting's day; a name
 * without a seat is refused.
 */
@Service
@Transactional
public class MeetingImport {

    private final Meetings meetings;
    private final MeetingConsole console;
    private final BoardMatterProcess matterProcess;
    private final Organisation organisation;
    private final MeetingProcess processes;

    MeetingImport(Meetings meetings, MeetingConsole console, BoardMatterProcess matterProcess,
            Organisation organisation, MeetingProcess processes) {
        this.processes = processes;
        this.meetings = meetings;
        this.console = console;
        this.matterProcess = matterProcess;
        this.organisation = organisation;
    }

    /**
     * Plans the meeting and sets its agenda: the file's standard items instead of the board's template, each matter
     * (by its number in {@code matters}, waiting at its agenda step) placed and its agenda step completed, all in
     * the file's order.
     *
     * @return the meeting's id
     */
    public Long plan(Long boardId, MeetingImportFile file, Map<Integer, Long> matters) {
        Meeting meeting = meetings.plan(boardId, file.day(), file.startsAt(), file.place());
        for (Paragraph standard : meetings.paragraphs(meeting.getId())) {
            meetings.removeItem(meeting.getId(), standard.getId(), meetings.versionNow(meeting.getId()));
        }
        Map<Integer, Long> placed = new HashMap<>();
        for (Item item : file.paragraphs()) {
            if (item.matter() == null) {
                placed.put(item.number(), meetings.addItem(meeting.getId(),
                        meetings.versionNow(meeting.getId()), item.title()).getId());
            } else {
                Long matterId = matters.get(item.number());
                placed.put(item.number(), meetings.placeOnAgenda(matterId, meeting.getId(), null).getId());
                matterProcess.completeStep(matterId, "PlaceOnAgenda", Map.of());
            }
        }
        int position = 1;
        for (Item item : file.paragraphs()) {
            meetings.move(meeting.getId(), placed.get(item.number()), meetings.versionNow(meeting.getId()),
                    position++);
        }
        return meeting.getId();
    }

    /** Sets the planned meeting's agenda (the paragraphs are numbered). */
    public void setAgenda(Long meetingId) {
        meetings.setAgenda(meetingId);
    }

    /**
     * Opens the meeting and records who arrived: the meeting is held from then on, so its minutes can be numbered
     * (as the earlier register did) and the text of the paragraphs to be justered at it written before
     * {@link #record}.
     */
    public void open(Long meetingId, MeetingImportFile file) {
        meetings.open(meetingId);
        Map<String, Long> persons = persons(meetings.meeting(meetingId).getBoard(), file);
        for (String name : file.present()) {
            console.recordChange(meetingId, console.attendance(meetingId).version(),
                    new AttendanceChange(person(persons, name), AttendanceChange.Movement.ARRIVED, null));
        }
    }

    /** Records every paragraph of the {@link #open} meeting and sets the justering; {@link #close} follows. */
    public void record(Long meetingId, MeetingImportFile file) {
        Map<String, Long> persons = persons(meetings.meeting(meetingId).getBoard(), file);
        List<Paragraph> agenda = meetings.paragraphs(meetingId);
        for (int index = 0; index < file.paragraphs().size(); index++) {
            record(meetingId, agenda.get(index).getId(), file.paragraphs().get(index), persons);
        }
        MeetingImportFile.Justering justering = file.justering();
        meetings.setJustering(meetingId, meetings.versionNow(meetingId),
                justering.at().atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime(), justering.place());
    }

    /**
     * Closes the recorded meeting (at the file's {@code closesAt}, as the caller's clock says: the cover's closing
     * time) and runs the meeting process's continuation.
     */
    public void close(Long meetingId) {
        meetings.close(meetingId);
        processes.runPendingSteps(meetings.meeting(meetingId));
    }

    /** The person ids of the file's names (chair, justerare), as the board's seats have them on the day. */
    public List<Long> personIds(Long meetingId, MeetingImportFile file, List<String> names) {
        Map<String, Long> persons = persons(meetings.meeting(meetingId).getBoard(), file);
        return names.stream().map(name -> person(persons, name)).toList();
    }

    private void record(Long meetingId, Long paragraphId, Item item, Map<String, Long> persons) {
        // Each change answers with the paragraph's new version: the next change carries it (as the console does).
        long version = console.paragraph(meetingId, paragraphId).version();
        for (Yrkande yrkande : item.proposalsOrNone()) {
            version = console.addProposal(meetingId, paragraphId, version, new ProposalInput(
                    ProposalKind.valueOf(yrkande.kind()), ids(persons, yrkande.movers()),
                    ids(persons, yrkande.concurring()), yrkande.clauses() == null ? List.of() : yrkande.clauses(),
                    yrkande.argument(), yrkande.reason())).version();
        }
        if (item.proposalsOrNone().size() > 1) {
            version = (item.decideTodayFirst()
                    ? console.recordFinding(meetingId, paragraphId, version, QuestionKind.DECIDE_TODAY, "TODAY")
                    : console.recordFinding(meetingId, paragraphId, version, QuestionKind.MAIN, "ADMINISTRATION"))
                    .version();
        }
        ParagraphOutcome outcome = item.matter() == null
                ? (item.decision() == null || item.decision().isEmpty() ? ParagraphOutcome.NOTED
                        : ParagraphOutcome.DECIDED)
                : null;
        // Decided without the immediate justering: a paragraph justered at the meeting is locked at once, and the
        // reservations and statements announced on it come first (KL 4 kap. 27 §), as the secretary does it live.
        version = console.decide(meetingId, paragraphId, version, new DecisionInput(
                item.decision() == null || item.decision().isEmpty() ? null : item.decision(), null, false, outcome,
                null)).version();
        for (Reservation dissent : item.dissentsOrNone()) {
            version = console.addDissent(meetingId, paragraphId, version, ids(persons, dissent.persons()),
                    dissent.favour(), null).version();
        }
        for (SpecialStatement statement : item.statementsOrNone()) {
            version = console.addStatement(meetingId, paragraphId, version, ids(persons, statement.persons()),
                    statement.text()).version();
        }
        if (item.immediatelyJustered()) {
            // In the file's own wording (the seed has four), its decision point that speaks of it; none: the board's.
            String wording = item.decision() == null ? null : item.decision().stream()
                    .filter(point -> point != null && MeetingConsole.IMMEDIATE.matcher(point).matches())
                    .reduce((first, last) -> last).orElse(null);
            console.justerImmediately(meetingId, paragraphId, version, wording);
        }
    }

    private Map<String, Long> persons(Board board, MeetingImportFile file) {
        var composition = organisation.composition(board, file.day());
        Map<String, Long> byName = new HashMap<>();
        Stream.concat(composition.members().stream(), composition.substitutes().stream()).map(BoardSeat::getPerson)
                .forEach(person -> byName.put(person.getFullName(), person.getId()));
        return byName;
    }

    private static List<Long> ids(Map<String, Long> persons, List<String> names) {
        List<Long> ids = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            ids.add(person(persons, name));
        }
        return ids;
    }

    private static Long person(Map<String, Long> persons, String name) {
        Long id = persons.get(name);
        if (id == null) {
            throw DomainException.invalid("persons", "meeting.import.unknownPerson", name);
        }
        return id;
    }
}

package se.namndflode.meeting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import se.namndflode.SignedIn;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * For the minutes' tests outside this package: a meeting of {@link ConsoleFixtures}' board held today, its two
 * matters (§ 5 and § 6) decided through {@link Meetings#decide} as the console records them (§ 6 justered at the
 * meeting when asked), closed, and its minutes drafted. Persons by the console fixtures' keys ({@code s1} the chair,
 * {@code m1} the vice chair, ...).
 */
@TestComponent
@Import(ConsoleFixtures.class)
public class MinutesFixtures {

    private final ConsoleFixtures console;
    private final Meetings meetings;
    private final MeetingConsole meetingConsole;
    private final Accounts accounts;
    private final ManagementService management;

    MinutesFixtures(ConsoleFixtures console, Meetings meetings, MeetingConsole meetingConsole, Accounts accounts,
            ManagementService management) {
        this.management = management;
        this.console = console;
        this.meetings = meetings;
        this.meetingConsole = meetingConsole;
        this.accounts = accounts;
    }

    /** The held meeting: its id, its paragraphs by § number, its persons by key and its two matters. */
    public record HeldMeeting(Long meetingId, Map<Integer, Long> paragraphs, Map<String, Long> persons,
            List<Matter> matters) {

        public Long person(String key) {
            return persons.get(key);
        }

        public Long paragraph(int number) {
            return paragraphs.get(number);
        }
    }

    /** The board's members in the console fixtures (the chair s1, the vice chair m1). */
    public static final List<String> MEMBERS = List.of("s1", "s2", "s3", "s4", "v1", "v2", "mp", "l", "m1", "m2",
            "m3", "c", "sd");

    /**
     * Held and closed, the minutes not yet drafted; § 6 justered at the meeting when {@code immediate}. Every member
     * arrives at the start (the roll call), but those in {@code absent}.
     */
    public HeldMeeting closed(boolean immediate, String... absent) {
        HeldMeeting held = inSession(absent);
        SignedIn.as(secretary(), () -> {
            meetings.decide(held.meetingId(), held.paragraph(5), ParagraphOutcome.DECIDED,
                    "Socialnämnden godkänner förvaltningens svar.", null, false);
            meetings.decide(held.meetingId(), held.paragraph(6), ParagraphOutcome.DECIDED,
                    "Socialnämnden antar programmet.", null, immediate);
            return null;
        });
        close(held);
        return held;
    }

    /** Open, every member present but those in {@code absent}; nothing decided yet. */
    public HeldMeeting inSession(String... absent) {
        ConsoleFixtures.OpenMeeting open = console.openMeeting();
        SignedIn.as(secretary(), () -> {
            for (String key : MEMBERS) {
                if (!List.of(absent).contains(key)) {
                    meetingConsole.recordChange(open.meetingId(), meetingConsole.attendance(open.meetingId())
                            .version(), new AttendanceChange(open.persons().get(key),
                                    AttendanceChange.Movement.ARRIVED, null));
                }
            }
            return null;
        });
        return new HeldMeeting(open.meetingId(), open.paragraphs(), open.persons(), open.matters());
    }

    /** The paragraph decided as the console records a decision (not justered at the meeting). */
    public void decide(HeldMeeting held, int paragraph, String decision) {
        SignedIn.as(secretary(), () -> meetings.decide(held.meetingId(), held.paragraph(paragraph),
                ParagraphOutcome.DECIDED, decision, null, false));
    }

    /** The paragraph justered at the meeting through the console, as its own step after the decision. */
    public void justerImmediately(HeldMeeting held, int paragraph) {
        SignedIn.as(secretary(), () -> meetingConsole.justerImmediately(held.meetingId(), held.paragraph(paragraph),
                meetingConsole.paragraph(held.meetingId(), held.paragraph(paragraph)).version(), null));
    }

    /** The meeting closed, and the process's continuation run. */
    public void close(HeldMeeting held) {
        SignedIn.as(secretary(), () -> {
            console.recordStandardItems(held.meetingId());
            meetings.close(held.meetingId());
            return null;
        });
        runJobs(held.meetingId());
    }

    /** Runs the meeting process's jobs that are due (the continuation after the meeting), as the executor would. */
    public void runJobs(Long meetingId) {
        String instance = meetings.meeting(meetingId).getProcessInstanceId();
        for (int round = 0; round < 10; round++) {
            var due = management.createJobQuery().processInstanceId(instance).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Held, closed and its minutes drafted ({@code absent}: members who did not come). */
    public HeldMeeting drafted(boolean immediate, String... absent) {
        HeldMeeting held = closed(immediate, absent);
        SignedIn.as(secretary(), () -> {
            meetings.minutesDrafted(held.meetingId());
            return null;
        });
        return held;
    }

    /** A statement through the console, as the secretary records one (for the minutes' lock). */
    public void addStatement(HeldMeeting held, int paragraph, String person, String text) {
        SignedIn.as(secretary(), () -> meetingConsole.addStatement(held.meetingId(), held.paragraph(paragraph),
                meetingConsole.paragraph(held.meetingId(), held.paragraph(paragraph)).version(),
                List.of(held.person(person)), text));
    }

    /** The meeting's version as the secretary's page or API read shows it now (what naming signatories sends). */
    public long version(HeldMeeting held) {
        return SignedIn.as(secretary(), () -> meetings.meeting(held.meetingId()).getVersion());
    }

        public SignedInUser secretary() {
        return accounts.loadUserByUsername("sekreterare");
    }

    /** A politician of Stockholm's signed in with their own account, linked to the person. */
    public SignedInUser politician(Long personId) {
        return new SignedInUser(-1L, "ledamot-" + personId, "{noop}x", true, true, "Ledamot",
                Set.of(Role.POLITICIAN), Set.of("stockholm"), personId);
    }

    public List<String> waitingIn(Matter matter) {
        return console.waitingIn(matter);
    }
}

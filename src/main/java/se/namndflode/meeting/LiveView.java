package se.namndflode.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.meeting.ConsoleViews.BallotView;
import se.namndflode.meeting.ConsoleViews.MeetingState;
import se.namndflode.meeting.ConsoleViews.ParagraphState;
import se.namndflode.meeting.ConsoleViews.ParagraphSummary;
import se.namndflode.meeting.ConsoleViews.ProposalView;
import se.namndflode.meeting.ConsoleViews.QuestionView;
import se.namndflode.meeting.ConsoleViews.VoteView;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;

/**
 * The members' live view of a meeting (issue 7): the current paragraph, its yrkanden, the propositionsordning's
 * wording, the vote and its result, the decision, reservationer and särskilda uttalanden, read-only. Nothing of it is
 * held in the application: every answer is read from the database, and a screen asks again with the
 * {@link Meeting#getLiveRevision() live revision} it shows, which every change of the meeting bumps
 * ({@link Meetings#touch}), so that any node answers "nothing new" or the whole state alike (several nodes, one
 * PostgreSQL).
 *
 * <p>The current paragraph is the one the secretary last took up in the console ({@link #takeUp}); before that the
 * first paragraph not yet handled (or, when all are, the last one).
 *
 * <p>Who: the meeting must belong to one of the caller's municipalities (not found otherwise); a secretary
 * (SECRETARY) reads every meeting of it; a politician (POLITICIAN) only a meeting of a board they hold a seat in on
 * the meeting's day (403 otherwise). Whoever the registry does not entitle to a confidential matter (a secretary
 * too) sees it by its public title, its outcome and tally, without any text ({@link MeetingConsole#paragraph}).
 * Only the secretary takes up a paragraph.
 */
@Service
@Transactional
class LiveView {

    private final Meetings meetings;
    private final MeetingConsole console;
    private final Organisation organisation;
    private final CurrentParagraphRepository currents;
    private final AuditLog audit;
    private final Clock clock;

    LiveView(Meetings meetings, MeetingConsole console, Organisation organisation,
            CurrentParagraphRepository currents, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.console = console;
        this.organisation = organisation;
        this.currents = currents;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- what a live screen shows ----------------------------------------------------------------------------

    /** The meeting as its members follow it; {@code revision} is what the screen shows (ask again with it). */
    record LiveState(Long meetingId, String boardName, LocalDate day, LocalTime startsAt, String place,
            MeetingStatus status, long revision, List<LiveItem> agenda, LiveParagraph current) {
    }

    /** A paragraph of the agenda: label ("§ 5"), the title the reader may see, how it was handled (null: not yet). */
    record LiveItem(Long paragraphId, String label, String title, ParagraphKind kind, ParagraphOutcome outcome,
            boolean current) {
    }

    /**
     * The current paragraph: who serves (count, quorum, the presiding chair), the yrkanden and the proposition in
     * the minutes' wording, the question due ({@code due}: its description, null when none), the latest vote,
     * and once handled the outcome with the decision points (one per line of the decision text).
     */
    record LiveParagraph(Long paragraphId, String label, String title, String registryNumber, ParagraphKind kind,
            boolean exerciseOfAuthority, int servingCount, int quorum, boolean quorate, String presiding,
            List<String> proposals, String due, List<String> proposition, LiveVote vote, ParagraphOutcome outcome,
            List<String> decision, String outcomeReason, List<String> dissents, List<String> statements) {
    }

    /**
     * The latest vote of the paragraph: Ja and Nej as the voteringsproposition names them ({@code no} null until
     * the motförslag is chosen), how many of the serving have voted, the roll call so far ("Namn (P): ja"), and
     * once closed the tally, whether the chair's utslagsröst decided, and the winner.
     */
    record LiveVote(int question, String yes, String no, boolean closed, int voted, int serving, int yesCount,
            int noCount, int abstainCount, boolean castingVote, String winner, List<String> rollCall) {
    }

    /**
     * Nothing ({@code Optional.empty()}) when the meeting's live revision is still {@code revision}; else the
     * state. Refused: a meeting of another municipality (404), a politician without a seat in the board on the
     * meeting's day (403).
     */
    @Transactional(readOnly = true)
    public Optional<LiveState> since(Long meetingId, Long revision) {
        Meeting meeting = meetings.meeting(meetingId);
        requireReader(meeting);
        if (revision != null && revision == meeting.getLiveRevision()) {
            return Optional.empty();
        }
        return Optional.of(state(meeting));
    }

    /**
     * The secretary takes up a paragraph: the live view shows it as the current one from now on. Audited and bumps
     * the live revision when it is another than the one shown. Refused unless the meeting is open (422), or when the
     * paragraph is not on its agenda (404).
     */
    public LiveState takeUp(Long meetingId, Long paragraphId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (paragraphId == null) {
            throw DomainException.invalid("paragraphId", "validation.required");
        }
        Paragraph item = meetings.paragraph(meetingId, paragraphId);
        if (!meeting.isOpen()) {
            throw DomainException.invalid("paragraphId", meeting.getStatus() == MeetingStatus.CLOSED
                    || meeting.getStatus() == MeetingStatus.MINUTES_DRAFTED ? "meeting.console.closed"
                            : "meeting.console.notOpen");
        }
        CurrentParagraph current = currents.findById(meetingId).orElseGet(() -> new CurrentParagraph(meetingId));
        if (!item.getId().equals(current.getParagraphId())) {
            current.takeUp(item.getId(), OffsetDateTime.now(clock));
            currents.save(current);
            audit.record("PARAGRAPH_TAKEN_UP", Meetings.ENTITY, meetingId, meeting.getMunicipalityCode(),
                    Meetings.describe(item) + " togs upp", null);
            meetings.touch(meetingId);
        }
        return state(meeting);
    }

    /** The meeting, when the caller may follow it live (the same refusals as {@link #since}). */
    @Transactional(readOnly = true)
    public Meeting readable(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        requireReader(meeting);
        return meeting;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /**
     * Secretaries read every meeting of their municipalities; a politician a meeting of a board they hold a seat
     * (member or substitute) in on the meeting's day.
     */
    private void requireReader(Meeting meeting) {
        SignedInUser user = CurrentUser.require();
        if (user.hasRole(Role.SECRETARY)) {
            return;
        }
        Long personId = user.getPersonId();
        boolean seated = user.hasRole(Role.POLITICIAN) && personId != null && organisation.seats(meeting.getBoard())
                .stream().filter(seat -> seat.isValidOn(meeting.getDay()))
                .anyMatch(seat -> seat.getPerson().getId().equals(personId));
        if (!seated) {
            throw DomainException.forbidden("meeting.console.notYourBoard");
        }
    }

    private LiveState state(Meeting meeting) {
        MeetingState overview = console.meetingState(meeting.getId());
        Long currentId = currentParagraph(meeting.getId(), overview.paragraphs());
        List<LiveItem> agenda = overview.paragraphs().stream().map(item -> new LiveItem(item.paragraphId(),
                item.label(), item.title(), item.kind(), item.outcome(), item.paragraphId().equals(currentId)))
                .toList();
        LiveParagraph current = currentId == null ? null : paragraph(console.paragraph(meeting.getId(), currentId));
        return new LiveState(meeting.getId(), overview.boardName(), overview.day(), overview.startsAt(),
                overview.place(), overview.status(), meeting.getLiveRevision(), agenda, current);
    }

    /** The one taken up, else the first not handled, else the last; null for an empty agenda. */
    private Long currentParagraph(Long meetingId, List<ParagraphSummary> agenda) {
        Optional<Long> takenUp = currents.findById(meetingId).map(CurrentParagraph::getParagraphId)
                .filter(id -> agenda.stream().anyMatch(item -> item.paragraphId().equals(id)));
        if (takenUp.isPresent()) {
            return takenUp.get();
        }
        return agenda.stream().filter(item -> item.outcome() == null).map(ParagraphSummary::paragraphId).findFirst()
                .orElse(agenda.isEmpty() ? null : agenda.get(agenda.size() - 1).paragraphId());
    }

    private static LiveParagraph paragraph(ParagraphState state) {
        LiveVote vote = null;
        for (QuestionView question : state.questions()) {
            if (question.vote() != null) {
                vote = vote(question, state);
            }
        }
        List<String> decision = state.decisionText() == null ? List.of()
                : state.decisionText().lines().filter(line -> !line.isBlank()).toList();
        return new LiveParagraph(state.paragraphId(), state.label(), state.title(), state.registryNumber(),
                state.kind(), state.exerciseOfAuthority(), state.serving().servingCount(), state.serving().quorum(),
                state.serving().quorate(), state.serving().presiding() == null ? null
                        : state.serving().presiding().display(),
                state.proposals().stream().filter(proposal -> !proposal.withdrawn()).map(ProposalView::wording)
                        .toList(),
                state.due() == null ? null : state.due().description(), state.minutes().proposition(), vote,
                state.outcome(), decision, state.outcomeReason(), state.minutes().dissents(),
                state.statements().stream().map(statement -> statement.wording() + " " + statement.text()).toList());
    }

    private static LiveVote vote(QuestionView question, ParagraphState state) {
        VoteView vote = question.vote();
        List<String> rollCall = new ArrayList<>();
        for (BallotView ballot : vote.ballots()) {
            rollCall.add(ballot.person().display() + (ballot.servesFor() == null ? ""
                    : ", ersättare för " + ballot.servesFor().display()) + ": " + ballot.choice().word());
        }
        int serving = vote.closed() ? vote.ballots().size() : vote.ballots().size() + vote.notYetVoted().size();
        return new LiveVote(question.number(), vote.yes() == null ? null : vote.yes().label(),
                vote.no() == null ? null : vote.no().label(), vote.closed(), vote.ballots().size(), serving,
                vote.yesCount(), vote.noCount(), vote.abstainCount(), vote.castingVote(),
                vote.winner() == null ? null : vote.winner().label(), rollCall);
    }
}

package se.namndflode.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.matter.StaffReport;
import se.namndflode.matter.StaffReportVersion;
import se.namndflode.matter.StaffReports;
import se.namndflode.meeting.ConsoleViews.AlternativeView;
import se.namndflode.meeting.ConsoleViews.AttendanceState;
import se.namndflode.meeting.ConsoleViews.BallotView;
import se.namndflode.meeting.ConsoleViews.DecisionDraft;
import se.namndflode.meeting.ConsoleViews.DissentView;
import se.namndflode.meeting.ConsoleViews.DueView;
import se.namndflode.meeting.ConsoleViews.MeetingState;
import se.namndflode.meeting.ConsoleViews.MinutesView;
import se.namndflode.meeting.ConsoleViews.ParagraphState;
import se.namndflode.meeting.ConsoleViews.ParagraphSummary;
import se.namndflode.meeting.ConsoleViews.PersonView;
import se.namndflode.meeting.ConsoleViews.ProposalView;
import se.namndflode.meeting.ConsoleViews.QuestionView;
import se.namndflode.meeting.ConsoleViews.SeatView;
import se.namndflode.meeting.ConsoleViews.ServingListView;
import se.namndflode.meeting.ConsoleViews.StatementView;
import se.namndflode.meeting.ConsoleViews.VerdictView;
import se.namndflode.meeting.ConsoleViews.VoteView;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * The secretary's live console of a meeting: attendance and tjänstgöring, and for each paragraph the yrkanden,
 * the propositionsordning, votes, the chair's decision, reservationer and särskilda uttalanden. Each change carries
 * the version of what it edits (the attendance, or the paragraph's handling); a stale version is refused with
 * {@link StaleConsoleState} (409 with the current state), and two changes at the same moment collide on the
 * version-checked update of the same row. Each change is checked by the domain's rules ({@link Attendance},
 * {@link ParagraphHandling}) — a refusal is a {@link DomainException} with a Swedish message and changes nothing —,
 * audited (entity type {@value Meetings#ENTITY}) and bumps the meeting's live revision ({@link Meetings#touch});
 * the chair's decision is recorded through {@link Meetings#decide}, which tells the matter's process.
 *
 * <p>Who: the meeting must belong to one of the caller's municipalities ({@link Meetings#meeting}, not found
 * otherwise). The API lets a SECRETARY change and a SECRETARY or POLITICIAN read; a politician reads only the
 * meetings of a board they hold a seat in on the meeting's day. Of a confidential matter's paragraph, whoever the
 * registry does not entitle to the matter (the secretary included; docs/decisions.md) gets the register entry, the
 * outcome and the tally but no text ({@code withheld}); such a secretary still records the paragraph.
 */
@Service
@Transactional
class MeetingConsole {

    /** A decision point about immediate justering, in any of the seed's four wordings (primer 3.9). */
    static final Pattern IMMEDIATE = Pattern.compile(
            "(?i).*(justeras omedelbart|omedelbart justera|förklaras omedelbart justerad).*");

    private final Meetings meetings;
    private final Organisation organisation;
    private final StaffReports staffReports;
    private final AttendanceSheetRepository sheets;
    private final ParagraphHandlingRepository handlings;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager entities;
    private final MeetingAccess access;

    MeetingConsole(Meetings meetings, Organisation organisation, StaffReports staffReports,
            AttendanceSheetRepository sheets, ParagraphHandlingRepository handlings, AuditLog audit, Clock clock,
            EntityManager entities, MeetingAccess access) {
        this.access = access;
        this.meetings = meetings;
        this.organisation = organisation;
        this.staffReports = staffReports;
        this.sheets = sheets;
        this.handlings = handlings;
        this.audit = audit;
        this.clock = clock;
        this.entities = entities;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The meeting with its paragraphs, each with the version of its handling and its quorum. */
    @Transactional(readOnly = true)
    public MeetingState meetingState(Long meetingId) {
        Loaded loaded = load(meetingId);
        Map<Long, Long> versions = handlings.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(ParagraphHandling::getParagraphId, ParagraphHandling::getVersion));
        List<ParagraphSummary> summaries = new ArrayList<>();
        for (Paragraph item : loaded.agenda()) {
            ServingList serving = loaded.attendance().serving(item.getId());
            summaries.add(new ParagraphSummary(item.getId(), item.getNumber(), label(item), item.getPosition(),
                    item.getKind(), title(item, loaded), item.getRegistryNumber(),
                    item.isExerciseOfAuthority(), item.getOutcome(), versions.getOrDefault(item.getId(), 0L),
                    serving.serving().size(), serving.quorum(), serving.hasQuorum()));
        }
        Meeting meeting = loaded.meeting();
        return new MeetingState(meeting.getId(), meeting.getBoard().getName(), meeting.getDay(),
                meeting.getStartsAt(), meeting.getPlace(), meeting.getStatus(), meeting.getLiveRevision(),
                meeting.getJusteringAt(), meeting.getJusteringPlace(), loaded.sheetVersion(),
                loaded.agenda().stream().filter(item -> !item.isHandled()).map(Paragraph::getId).findFirst()
                        .orElse(null), summaries);
    }

    /** The attendance: the seats, the recorded facts and the serving list of every paragraph. */
    @Transactional(readOnly = true)
    public AttendanceState attendance(Long meetingId) {
        return attendanceState(load(meetingId));
    }

    /** One paragraph's whole handling, with the minutes' wording and the decision to start from. */
    @Transactional(readOnly = true)
    public ParagraphState paragraph(Long meetingId, Long paragraphId) {
        Loaded loaded = load(meetingId);
        Paragraph item = loaded.paragraph(paragraphId);
        return paragraphState(loaded, item, handlings.findByParagraphId(item.getId()).orElse(null));
    }

    // ---- attendance -----------------------------------------------------------------------------------------

    /** Someone arrives or leaves, from and including a paragraph. */
    public AttendanceState recordChange(Long meetingId, Long version, AttendanceChange change) {
        return changeAttendance(meetingId, version, "ATTENDANCE_CHANGED", true, (attendance) -> {
            Attendance changed = attendance.withChange(change);
            return new Changed(changed, describe(attendance, change, true));
        });
    }

    public AttendanceState removeChange(Long meetingId, Long version, AttendanceChange change) {
        return changeAttendance(meetingId, version, "ATTENDANCE_CHANGED", true, (attendance) -> new Changed(
                attendance.withoutChange(change), "Borttaget: " + describe(attendance, change, false)));
    }

    public AttendanceState recordRecusal(Long meetingId, Long version, Recusal recusal) {
        return changeAttendance(meetingId, version, "RECUSAL_RECORDED", false, (attendance) -> new Changed(
                attendance.withRecusal(recusal), name(attendance, recusal.personId()) + " anmälde jäv vid "
                        + labelOf(attendance, recusal.paragraphId())));
    }

    public AttendanceState removeRecusal(Long meetingId, Long version, Recusal recusal) {
        return changeAttendance(meetingId, version, "RECUSAL_REMOVED", false, (attendance) -> new Changed(
                attendance.withoutRecusal(recusal), "Jäv borttaget: " + name(attendance, recusal.personId()) + " vid "
                        + labelOf(attendance, recusal.paragraphId())));
    }

    public AttendanceState recordSubstitution(Long meetingId, Long version, Substitution substitution) {
        return changeAttendance(meetingId, version, "SUBSTITUTION_RECORDED", true, (attendance) -> new Changed(
                attendance.withSubstitution(substitution), name(attendance, substitution.substituteId())
                        + " tjänstgör för " + name(attendance, substitution.memberId()) + range(attendance,
                                substitution)));
    }

    public AttendanceState removeSubstitution(Long meetingId, Long version, Substitution substitution) {
        return changeAttendance(meetingId, version, "SUBSTITUTION_REMOVED", true, (attendance) -> new Changed(
                attendance.withoutSubstitution(substitution), "Tjänstgöring borttagen: "
                        + name(attendance, substitution.substituteId()) + " för "
                        + name(attendance, substitution.memberId())));
    }

    private record Changed(Attendance attendance, String summary) {
    }

    /**
     * @param betweenMattersOnly an arrival, departure or substitution: it takes effect only between two matters
     *        (primer 3.2), so it may not change who serves in a paragraph whose handling has begun (a yrkande, a
     *        question, a "deltar inte i beslutet"). A jäv (recusal) may be noted during the matter: the person
     *        must leave it, so it is locked only by a decision or a vote.
     */
    private AttendanceState changeAttendance(Long meetingId, Long version, String action,
            boolean betweenMattersOnly, Function<Attendance, Changed> change) {
        Loaded loaded = load(meetingId);
        Meeting meeting = loaded.meeting();
        if (meeting.getStatus() == MeetingStatus.PLANNED) {
            throw DomainException.invalid(null, "meeting.attendance.agendaNotSet");
        }
        requireUnlocked(meeting);
        if (meeting.getStatus() == MeetingStatus.CLOSED || meeting.getStatus() == MeetingStatus.MINUTES_DRAFTED) {
            throw DomainException.invalid(null, "meeting.console.closed");
        }
        AttendanceSheet sheet = loaded.sheet();
        checkVersion(version, sheet == null ? 0 : sheet.getVersion(), "närvaron");
        Changed changed = change.apply(loaded.attendance());
        Set<Long> locked = new HashSet<>(handlings.findParagraphIdsWithVotes(meetingId));
        loaded.agenda().stream().filter(Paragraph::isHandled).forEach(item -> locked.add(item.getId()));
        changed.attendance().checkServingUnchanged(loaded.attendance(), locked);
        if (betweenMattersOnly) {
            Set<Long> begun = handlings.findByMeetingId(meetingId).stream().filter(ParagraphHandling::hasBegun)
                    .map(ParagraphHandling::getParagraphId).collect(Collectors.toSet());
            changed.attendance().checkServingUnchanged(loaded.attendance(), begun,
                    "meeting.attendance.matterBegun");
        }
        if (sheet == null) {
            sheet = sheets.saveAndFlush(new AttendanceSheet(meetingId));
        }
        claim(sheet);
        sheet.record(changed.attendance());
        audit.record(action, Meetings.ENTITY, meetingId, meeting.getMunicipalityCode(), changed.summary(), null);
        meetings.touch(meetingId);
        flush();
        return attendanceState(load(meetingId));
    }

    // ---- a paragraph's handling ----------------------------------------------------------------------------------

    /** What a console change of a paragraph does: the domain's change, and what the audit log says of it. */
    @FunctionalInterface
    interface Work {
        String apply(ParagraphHandling handling, ConsoleContext context, Roster roster);
    }

    /** A yrkande: movers and concurrences by person id (serving), kind, att-satser, argument, reason. */
    record ProposalInput(ProposalKind kind, List<Long> movers, List<Long> concurrences, List<String> clauses,
            String argument, String reason) {
    }

    public ParagraphState addProposal(Long meetingId, Long paragraphId, Long version, ProposalInput input) {
        return change(meetingId, paragraphId, version, "PROPOSAL_ADDED", (handling, context, roster) -> {
            Proposal proposal = handling.addProposal(context, draft(roster, input));
            return "yrkande " + proposal.getNumber() + " (" + kindName(proposal) + ") av "
                    + PersonRef.list(proposal.getMovers());
        });
    }

    /**
     * Changes a yrkande. Refused (403) to a secretary the registry does not entitle to the paragraph's confidential
     * matter: they are not shown its att-satser and argument, so a change would overwrite what they cannot see
     * (they may withdraw it and record a new one).
     */
    public ParagraphState changeProposal(Long meetingId, Long paragraphId, Long version, int number,
            ProposalInput input) {
        Loaded loaded = load(meetingId);
        if (loaded.restricted(loaded.paragraph(paragraphId))) {
            throw DomainException.forbidden("meeting.console.confidentialProposal");
        }
        return change(meetingId, paragraphId, version, "PROPOSAL_CHANGED", (handling, context, roster) -> {
            Proposal proposal = handling.changeProposal(context, number, draft(roster, input));
            return "yrkande " + proposal.getNumber() + " ändrat (" + kindName(proposal) + ")";
        });
    }

    public ParagraphState withdrawProposal(Long meetingId, Long paragraphId, Long version, int number) {
        return change(meetingId, paragraphId, version, "PROPOSAL_WITHDRAWN", (handling, context, roster) -> {
            handling.withdrawProposal(context, number);
            return "yrkande " + number + " återtaget";
        });
    }

    /** The chair's finding by acclamation on the question due ({@code finding}: TODAY, ADMINISTRATION, PROPOSAL:n). */
    public ParagraphState recordFinding(Long meetingId, Long paragraphId, Long version, QuestionKind kind,
            String finding) {
        return change(meetingId, paragraphId, version, "PROPOSITION_FINDING", (handling, context, roster) -> {
            if (kind == null) {
                throw DomainException.invalid("kind", "validation.required");
            }
            Question question = handling.recordFinding(context, kind, Alternative.parse(finding, "finding"));
            return "fråga " + question.getNumber() + ", " + MinutesWording.questionName(kind) + ": ordföranden fann "
                    + MinutesWording.alternative(question.getFinding(), handling);
        });
    }

    public ParagraphState resetProposition(Long meetingId, Long paragraphId, Long version) {
        return change(meetingId, paragraphId, version, "PROPOSITION_RESET", (handling, context, roster) -> {
            handling.resetProposition(context);
            return "propositionsordningen ångrad";
        });
    }

    /** Omröstning demanded on the latest question; {@code challenger} names the other side of a kontraproposition. */
    public ParagraphState demandVote(Long meetingId, Long paragraphId, Long version, int questionNumber,
            Long demandedBy, String challenger, boolean election) {
        return change(meetingId, paragraphId, version, "VOTE_DEMANDED", (handling, context, roster) -> {
            PersonRef who = demandedBy == null ? null : person(roster, demandedBy, "demandedBy");
            handling.demandVote(context, questionNumber, who,
                    challenger == null || challenger.isBlank() ? null : Alternative.parse(challenger, "challenger"),
                    election);
            return "omröstning begärd om fråga " + questionNumber + (who == null ? "" : " av " + who.display());
        });
    }

    public ParagraphState castBallot(Long meetingId, Long paragraphId, Long version, int questionNumber,
            Long personId, BallotChoice choice) {
        return change(meetingId, paragraphId, version, "BALLOT_CAST", (handling, context, roster) -> {
            if (personId == null) {
                throw DomainException.invalid("personId", "validation.required");
            }
            Ballot ballot = handling.castBallot(context, questionNumber, person(roster, personId, "personId"), choice);
            return ballot.person().display() + " röstade " + ballot.choice().word() + " (fråga " + questionNumber
                    + ")";
        });
    }

    public ParagraphState closeVote(Long meetingId, Long paragraphId, Long version, int questionNumber) {
        return change(meetingId, paragraphId, version, "VOTE_CLOSED", (handling, context, roster) -> {
            Vote vote = handling.closeVote(context, questionNumber);
            return "omröstning om fråga " + questionNumber + ": " + MinutesWording.tally(vote)
                    + (vote.isCastingVote() ? " Ordförandens utslagsröst avgjorde." : "");
        });
    }

    public ParagraphState cancelVote(Long meetingId, Long paragraphId, Long version, int questionNumber) {
        return change(meetingId, paragraphId, version, "VOTE_CANCELLED", (handling, context, roster) -> {
            handling.cancelVote(context, questionNumber);
            return "omröstning om fråga " + questionNumber + " avbruten";
        });
    }

    public ParagraphState declareNotTakingPart(Long meetingId, Long paragraphId, Long version, Long personId) {
        return change(meetingId, paragraphId, version, "NOT_TAKING_PART", (handling, context, roster) -> {
            PersonRef person = person(roster, personId, "personId");
            handling.declareNotTakingPart(context, person);
            return person.display() + " deltar inte i beslutet";
        });
    }

    public ParagraphState withdrawNotTakingPart(Long meetingId, Long paragraphId, Long version, Long personId) {
        return change(meetingId, paragraphId, version, "NOT_TAKING_PART", (handling, context, roster) -> {
            handling.withdrawNotTakingPart(context, personId);
            return "person " + personId + " deltar i beslutet";
        });
    }

    /**
     * The chair's decision: {@code points} the decision points (null: the proposed ones), {@code forwardedTo} adds
     * "Ärendet överlämnas till ...", {@code immediatelyJustered} the immediate justering as the last point (in the
     * wording of a point that says so, e.g. "Paragrafen förklaras omedelbart justerad.", else the board's),
     * {@code outcome} only for a standard item (DECIDED, NOTED or WITHDRAWN: utgick), {@code reason} overrides the återremiss reason.
     */
    record DecisionInput(List<String> points, String forwardedTo, boolean immediatelyJustered,
            ParagraphOutcome outcome, String reason) {
    }

    public ParagraphState decide(Long meetingId, Long paragraphId, Long version, DecisionInput input) {
        return change(meetingId, paragraphId, version, "PARAGRAPH_DECISION", (handling, context, roster) -> {
            Verdict verdict = handling.decide(context);
            Paragraph item = meetings.paragraph(meetingId, paragraphId);
            ParagraphOutcome outcome = outcome(item, verdict, input);
            String reason = input.reason() != null && !input.reason().isBlank() ? input.reason()
                    : verdict.proceduralProposal() == null ? null
                            : handling.proposal(verdict.proceduralProposal()).getReason();
            List<String> points = new ArrayList<>();
            List<String> given = input.points() != null ? input.points()
                    : proposedDecision(item, handling, verdict).points();
            String immediateWording = null;
            for (String point : given) {
                if (point != null && !point.isBlank() && !IMMEDIATE.matcher(point).matches()) {
                    points.add(TextLimits.requireAtMost(point.strip(), TextLimits.DECISION_POINT, "points"));
                } else if (point != null && !point.isBlank()) {
                    // The wording the secretary typed (the seed has four in one meeting) beats the board's default.
                    immediateWording = TextLimits.requireAtMost(point.strip(), TextLimits.DECISION_POINT, "points");
                }
            }
            if (input.forwardedTo() != null && !input.forwardedTo().isBlank()) {
                String forwarded = "Ärendet överlämnas till "
                        + TextLimits.requireAtMost(input.forwardedTo().strip(), TextLimits.NAME, "forwardedTo") + ".";
                if (!points.contains(forwarded)) {
                    points.add(forwarded);
                }
            }
            meetings.decide(meetingId, paragraphId, outcome, points.isEmpty() ? null : String.join("\n", points),
                    reason, input.immediatelyJustered(), immediateWording);
            return "ordförandens beslut: " + outcome.name() + (verdict.winner() == null ? ""
                    : " enligt " + MinutesWording.alternative(verdict.winner(), handling));
        });
    }

    /**
     * The immediate justering of a decided paragraph, after the reservations and statements announced on it
     * ({@link Meetings#justerImmediately}): from then on the paragraph is locked (409 {@code minutes-locked}).
     */
    public ParagraphState justerImmediately(Long meetingId, Long paragraphId, Long version, String wording) {
        return change(meetingId, paragraphId, version, "PARAGRAPH_IMMEDIATE_JUSTERING", (handling, context, roster) -> {
            meetings.justerImmediately(meetingId, paragraphId, wording);
            return "omedelbart justerad";
        });
    }

    /** A reservation by persons (ids), in favour of a yrkande (its number, or none), with an optional reasoning. */
    public ParagraphState addDissent(Long meetingId, Long paragraphId, Long version, List<Long> persons,
            Integer favour, String reasoning) {
        return change(meetingId, paragraphId, version, "DISSENT_RECORDED", (handling, context, roster) -> {
            Dissent dissent = handling.addDissent(context, persons(roster, persons, "persons"), favour,
                    reasoning == null || reasoning.isBlank() ? null : reasoning.strip());
            return MinutesWording.dissent(dissent, handling);
        });
    }

    public ParagraphState reasonDissent(Long meetingId, Long paragraphId, Long version, int number,
            String reasoning) {
        return change(meetingId, paragraphId, version, "DISSENT_REASONED", (handling, context, roster) -> {
            handling.reasonDissent(context, number, reasoning);
            return "skriftlig motivering till reservation " + number;
        });
    }

    public ParagraphState addStatement(Long meetingId, Long paragraphId, Long version, List<Long> persons,
            String text) {
        return change(meetingId, paragraphId, version, "STATEMENT_RECORDED", (handling, context, roster) -> {
            Statement statement = handling.addStatement(context, persons(roster, persons, "persons"), text);
            return MinutesWording.statement(statement);
        });
    }

    public ParagraphState changeStatement(Long meetingId, Long paragraphId, Long version, int number, String text) {
        return change(meetingId, paragraphId, version, "STATEMENT_CHANGED", (handling, context, roster) -> {
            handling.changeStatement(context, number, text);
            return "särskilt uttalande " + number + " ändrat";
        });
    }

    private ParagraphState change(Long meetingId, Long paragraphId, Long version, String action, Work work) {
        Loaded loaded = load(meetingId);
        Paragraph item = loaded.paragraph(paragraphId);
        requireUnlocked(loaded.meeting());
        if (item.isImmediatelyJustered()) {
            // Justered at the meeting: locked at once, what was recorded before is the paragraph's justered content.
            throw new DomainException(HttpStatus.CONFLICT, "minutes-locked", null, "minutes.paragraphLocked",
                    label(item));
        }
        Optional<ParagraphHandling> existing = handlings.findByParagraphId(item.getId());
        checkVersion(version, existing.map(ParagraphHandling::getVersion).orElse(0L), label(item));
        ParagraphHandling handling = existing.orElseGet(() -> new ParagraphHandling(meetingId, item.getId()));
        if (existing.isEmpty()) {
            handlings.saveAndFlush(handling);
        }
        claim(handling);
        String summary = work.apply(handling, context(loaded, item), loaded.attendance().roster());
        Meeting meeting = loaded.meeting();
        // A confidential matter's yrkanden, reservations and statements stay out of the log: its label says where.
        audit.record(action, Meetings.ENTITY, meetingId, meeting.getMunicipalityCode(),
                label(item) + " " + item.getPublicTitle() + ": " + (item.isConfidential() ? auditSafe(action)
                        : summary), null);
        meetings.touch(meetingId);
        flush();
        Loaded after = load(meetingId);
        return paragraphState(after, after.paragraph(paragraphId), handling);
    }

    /**
     * Claims the row now, by an immediate version-checked update of its version: a change committed meanwhile makes
     * it find another version, and one in progress makes it wait for that one and then fail (409 either way).
     */
    private void claim(Object versioned) {
        try {
            entities.lock(versioned, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    /** Writes the changes now, with JPA's failures as Spring's (a unique key both ran into, a stale version). */
    private void flush() {
        try {
            entities.flush();
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    private static RuntimeException translated(RuntimeException failure) {
        DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(failure);
        return translated != null ? translated : failure;
    }

    /** The minutes are justered: nothing recorded at the meeting changes (409, the minutes' lock). */
    static void requireUnlocked(Meeting meeting) {
        if (meeting.getStatus().isLocked()) {
            throw new DomainException(HttpStatus.CONFLICT, "minutes-locked", null, "minutes.locked",
                    meeting.getDay().toString());
        }
    }

    private static String auditSafe(String action) {
        return action.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static void checkVersion(Long expected, long current, String what) {
        if (expected == null) {
            // As every change without a version elsewhere: 400 version-required, not a broken rule (422).
            throw DomainException.versionRequired();
        }
        if (expected != current) {
            throw new StaleConsoleState(what, expected, current);
        }
    }

    private ConsoleContext context(Loaded loaded, Paragraph item) {
        Meeting meeting = loaded.meeting();
        boolean closed = meeting.getStatus() == MeetingStatus.CLOSED
                || meeting.getStatus() == MeetingStatus.MINUTES_DRAFTED;
        return new ConsoleContext(meeting.isOpen(), closed, item.isHandled(), item.isExerciseOfAuthority(),
                item.getKind() == ParagraphKind.MATTER, loaded.attendance().serving(item.getId()),
                OffsetDateTime.now(clock), meeting.getJusteringAt());
    }

    private static ProposalDraft draft(Roster roster, ProposalInput input) {
        return new ProposalDraft(input.kind(), persons(roster, input.movers(), "movers"),
                persons(roster, input.concurrences(), "concurrences"), input.clauses(), input.argument(),
                input.reason());
    }

    /** Persons by id, as the board's seats on the meeting day name them; whether they may act is the rules' call. */
    private static List<PersonRef> persons(Roster roster, List<Long> ids, String field) {
        List<PersonRef> persons = new ArrayList<>();
        if (ids != null) {
            for (Long id : ids) {
                persons.add(person(roster, id, field));
            }
        }
        return persons;
    }

    private static PersonRef person(Roster roster, Long personId, String field) {
        if (personId == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        return roster.seat(personId).map(SeatHolder::person).orElseThrow(() -> DomainException.invalid(field,
                "meeting.attendance.noSeat", String.valueOf(personId)));
    }

    private static ParagraphOutcome outcome(Paragraph item, Verdict verdict, DecisionInput input) {
        if (verdict.type() == Verdict.Type.REFERRED_BACK) {
            return ParagraphOutcome.REFERRED_BACK;
        }
        if (verdict.type() == Verdict.Type.TABLED) {
            return ParagraphOutcome.TABLED;
        }
        if (input.outcome() != null) {
            if (input.outcome() != ParagraphOutcome.DECIDED && input.outcome() != ParagraphOutcome.NOTED
                    && input.outcome() != ParagraphOutcome.REPORTED && input.outcome() != ParagraphOutcome.WITHDRAWN) {
                throw DomainException.invalid("outcome", "meeting.decision.outcomeFromProposition");
            }
            return input.outcome();
        }
        return switch (item.getKind()) {
            case MATTER -> ParagraphOutcome.DECIDED;
            case REPORT_ITEM -> ParagraphOutcome.REPORTED;
            case STANDARD -> input.points() == null || input.points().stream().allMatch(p -> p == null || p.isBlank())
                    ? ParagraphOutcome.NOTED : ParagraphOutcome.DECIDED;
        };
    }

    /** The decision to start from (primer 3.8): outcome, points, immediate justering as proposed, reason. */
    private DecisionDraft proposedDecision(Paragraph item, ParagraphHandling handling, Verdict verdict) {
        List<String> staffPoints = approvedDecisionPoints(item);
        List<String> points = new ArrayList<>();
        boolean immediately = false;
        for (String point : handling.proposedDecisionPoints(verdict, staffPoints, boardName(item))) {
            if (IMMEDIATE.matcher(point).matches()) {
                immediately = true;
            } else {
                points.add(point);
            }
        }
        ParagraphOutcome outcome = switch (verdict.type()) {
            case REFERRED_BACK -> ParagraphOutcome.REFERRED_BACK;
            case TABLED -> ParagraphOutcome.TABLED;
            case DECIDED -> switch (item.getKind()) {
                case MATTER -> ParagraphOutcome.DECIDED;
                case REPORT_ITEM -> ParagraphOutcome.REPORTED;
                case STANDARD -> ParagraphOutcome.NOTED;
            };
        };
        String reason = verdict.proceduralProposal() == null ? null
                : handling.proposal(verdict.proceduralProposal()).getReason();
        return new DecisionDraft(outcome, points, immediately && verdict.type() == Verdict.Type.DECIDED, reason);
    }

    /** The decision points of the tjänsteutlåtande approved for the board (none for other paragraphs). */
    private List<String> approvedDecisionPoints(Paragraph item) {
        if (item.getKind() != ParagraphKind.MATTER) {
            return List.of();
        }
        return staffReports.find(item.getMatterId()).map(StaffReport::getVersions).orElse(List.of()).stream()
                .filter(StaffReportVersion::isApprovedVersion).findFirst()
                .map(StaffReportVersion::getDecisionPoints).orElse(List.of());
    }

    private static String boardName(Paragraph item) {
        return item.getMeeting().getBoard().getName();
    }

    // ---- loading ---------------------------------------------------------------------------------------------

    private record Loaded(Meeting meeting, List<Paragraph> agenda, AttendanceSheet sheet, Attendance attendance,
            Set<Long> entitledMatters) {

        /**
         * Whether the reader gets only the register entry of this paragraph's matter: a matter the registry does
         * not entitle them to (a confidential one, not by role, case officer or access list), or a confidential
         * paragraph without a matter.
         */
        boolean restricted(Paragraph item) {
            return item.isMatter() ? !entitledMatters.contains(item.getMatterId()) : item.isConfidential();
        }

        Paragraph paragraph(Long paragraphId) {
            return agenda.stream().filter(item -> item.getId().equals(paragraphId)).findFirst()
                    .orElseThrow(() -> DomainException.notFound("notFound.paragraph"));
        }

        long sheetVersion() {
            return sheet == null ? 0 : sheet.getVersion();
        }
    }

    private Loaded load(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        requireReader(meeting);
        List<Paragraph> agenda = meetings.paragraphs(meetingId);
        Set<Long> entitled = access.visibleMatters(agenda).keySet();
        AttendanceSheet sheet = sheets.findById(meetingId).orElse(null);
        Roster roster = Roster.of(organisation.composition(meeting.getBoard(), meeting.getDay()));
        List<AgendaRef> refs = agenda.stream().map(item -> new AgendaRef(item.getId(), label(item))).toList();
        Attendance attendance = sheet == null ? new Attendance(roster, refs, List.of(), List.of(), List.of())
                : new Attendance(roster, refs, sheet.getChanges(), sheet.getRecusals(), sheet.getSubstitutions());
        return new Loaded(meeting, agenda, sheet, attendance, Set.copyOf(entitled));
    }

    /**
     * A politician (without a staff role) reads only the meetings of a board they hold a seat in on the meeting's
     * day; everyone else the API lets in is staff of the meeting's municipality. What of a confidential matter
     * either sees is the registry's call ({@link Loaded#restricted}), not the role's.
     */
    private void requireReader(Meeting meeting) {
        Optional<SignedInUser> user = CurrentUser.get();
        if (user.isEmpty() || !user.get().hasRole(Role.POLITICIAN) || user.get().hasRole(Role.SECRETARY)) {
            return;
        }
        Long personId = user.get().getPersonId();
        boolean seated = personId != null && organisation.seats(meeting.getBoard()).stream()
                .filter(seat -> seat.isValidOn(meeting.getDay())).map(BoardSeat::getPerson)
                .anyMatch(person -> person.getId().equals(personId));
        if (!seated) {
            throw DomainException.forbidden("meeting.console.notYourBoard");
        }
    }

    // ---- views -------------------------------------------------------------------------------------------------

    private AttendanceState attendanceState(Loaded loaded) {
        Attendance attendance = loaded.attendance();
        return new AttendanceState(loaded.meeting().getId(), loaded.sheetVersion(), loaded.meeting().getStatus(),
                loaded.meeting().getLiveRevision(), attendance.roster().everyone().stream().map(SeatView::of).toList(),
                attendance.changes(), attendance.recusals(), attendance.substitutions(),
                attendance.servingLists().stream().map(ServingListView::of).toList());
    }

    private ParagraphState paragraphState(Loaded loaded, Paragraph item, ParagraphHandling handling) {
        ConsoleContext context = context(loaded, item);
        ParagraphHandling shown = handling != null ? handling : new ParagraphHandling(loaded.meeting().getId(),
                item.getId());
        List<ProposalView> proposals = shown.getProposals().stream().map(proposal -> new ProposalView(
                proposal.getNumber(), proposal.getKind(), PersonView.of(proposal.getMovers()),
                PersonView.of(proposal.getConcurrences()), proposal.getClauses(), proposal.getArgument(),
                proposal.getReason(), proposal.isWithdrawn(), MinutesWording.reference(proposal),
                MinutesWording.proposal(proposal))).toList();
        List<QuestionView> questions = shown.getQuestions().stream()
                .map(question -> questionView(question, shown, context)).toList();
        DueView due = item.isHandled() ? null : shown.due(context).map(next -> new DueView(next.kind(),
                next.subject(), next.alternatives().stream().map(alternative -> alternative(alternative, shown))
                        .toList(), MinutesWording.questionName(next.kind()))).orElse(null);
        Optional<Verdict> verdict = shown.verdict(context);
        VerdictView verdictView = verdict.map(found -> new VerdictView(found.type(),
                found.winner() == null ? null : alternative(found.winner(), shown), found.proceduralProposal()))
                .orElse(null);
        DecisionDraft proposed = item.isHandled() || verdict.isEmpty() || loaded.restricted(item) ? null
                : proposedDecision(item, shown, verdict.get());
        List<DissentView> dissents = shown.getDissents().stream().map(dissent -> new DissentView(dissent.getNumber(),
                PersonView.of(dissent.getPersons()), dissent.getFavour(), dissent.getReasoning(),
                dissent.getRecordedAt(), dissent.getReasonedAt(), MinutesWording.dissent(dissent, shown))).toList();
        List<StatementView> statements = shown.getStatements().stream().map(statement -> new StatementView(
                statement.getNumber(), PersonView.of(statement.getPersons()), statement.getText(),
                statement.getChangedAt(), MinutesWording.statement(statement))).toList();
        MinutesView minutes = new MinutesView(
                shown.active().stream().map(MinutesWording::proposal).toList(),
                MinutesWording.proposition(shown),
                shown.getQuestions().stream().filter(question -> question.getVote() != null)
                        .flatMap(question -> MinutesWording.rollCall(question.getVote()).stream()).toList(),
                MinutesWording.notTakingPart(shown.getNotTakingPart()).stream().toList(),
                dissents.stream().map(DissentView::wording).toList(),
                shown.getStatements().stream().map(statement -> MinutesWording.statement(statement) + "\n\n"
                        + statement.getText()).toList());
        Meeting meeting = loaded.meeting();
        if (loaded.restricted(item)) {
            return withheld(loaded, item, handling, context, proposals, questions, due, verdictView, shown,
                    dissents, statements, minutes);
        }
        return new ParagraphState(meeting.getId(), item.getId(), label(item), title(item, loaded),
                item.getKind(), item.getRegistryNumber(), item.isExerciseOfAuthority(), meeting.getStatus(),
                meeting.getLiveRevision(), handling == null ? 0 : handling.getVersion(), item.getOutcome(),
                item.getDecisionText(), item.isImmediatelyJustered(), item.getOutcomeReason(),
                ServingListView.of(context.serving()), proposals, questions, due, verdictView,
                PersonView.of(shown.getNotTakingPart()), proposed, dissents, statements, minutes);
    }

    /**
     * A paragraph whose matter the reader is not entitled to (docs/decisions.md, "Confidential paragraphs in the
     * console and the live view"): its label, kind, public title, diarienummer, outcome, who moved, the
     * propositionsordning and the votes with their tally, but no text of the matter: no att-satser, arguments or
     * reasons of the yrkanden, no decision text or points, no återremiss reason, no reservation's reasoning or
     * statement's text, and nothing of the tjänsteutlåtande (no proposed decision).
     */
    private static ParagraphState withheld(Loaded loaded, Paragraph item, ParagraphHandling handling,
            ConsoleContext context, List<ProposalView> proposals, List<QuestionView> questions, DueView due,
            VerdictView verdict, ParagraphHandling shown, List<DissentView> dissents, List<StatementView> statements,
            MinutesView minutes) {
        Meeting meeting = loaded.meeting();
        List<ProposalView> bare = proposals.stream().map(proposal -> new ProposalView(proposal.number(),
                proposal.kind(), proposal.movers(), proposal.concurrences(), List.of(), null, null,
                proposal.withdrawn(), proposal.reference(), proposal.reference())).toList();
        List<DissentView> bareDissents = dissents.stream().map(dissent -> new DissentView(dissent.number(),
                dissent.persons(), dissent.favour(), null, dissent.recordedAt(), dissent.reasonedAt(),
                dissent.wording())).toList();
        List<StatementView> bareStatements = statements.stream().map(statement -> new StatementView(
                statement.number(), statement.persons(), null, statement.changedAt(), statement.wording())).toList();
        MinutesView bareMinutes = new MinutesView(shown.active().stream().map(MinutesWording::reference).toList(),
                minutes.proposition(), minutes.rollCall(), minutes.notTakingPart(), minutes.dissents(),
                bareStatements.stream().map(StatementView::wording).toList());
        return new ParagraphState(meeting.getId(), item.getId(), label(item), item.getPublicTitle(),
                item.getKind(), item.getRegistryNumber(), item.isExerciseOfAuthority(), meeting.getStatus(),
                meeting.getLiveRevision(), handling == null ? 0 : handling.getVersion(), item.getOutcome(),
                null, item.isImmediatelyJustered(), null, ServingListView.of(context.serving()), bare, questions,
                due, verdict, PersonView.of(shown.getNotTakingPart()), null, bareDissents, bareStatements,
                bareMinutes);
    }

    private static QuestionView questionView(Question question, ParagraphHandling handling, ConsoleContext context) {
        Vote vote = question.getVote();
        VoteView voteView = null;
        if (vote != null) {
            List<PersonView> notYet = vote.isClosed() ? List.of() : context.serving().serving().stream()
                    .filter(serving -> vote.ballotOf(serving.personId()).isEmpty())
                    .map(serving -> PersonView.of(serving.person())).toList();
            voteView = new VoteView(alternative(vote.getYes(), handling), alternative(vote.getNo(), handling),
                    PersonView.of(vote.getDemandedBy()), vote.isClosed(), vote.getBallots().stream()
                            .map(ballot -> new BallotView(PersonView.of(ballot.person()), ballot.choice(),
                                    PersonView.of(ballot.servesFor()))).toList(),
                    notYet, vote.getYesCount(), vote.getNoCount(), vote.getAbstainCount(), vote.isCastingVote(),
                    PersonView.of(vote.getPresiding()), vote.isClosed() ? alternative(vote.winner(), handling) : null);
        }
        return new QuestionView(question.getNumber(), question.getKind(), question.getSubject(),
                question.getAlternatives().stream().map(alternative -> alternative(alternative, handling)).toList(),
                alternative(question.getFinding(), handling), alternative(question.getResult(), handling), voteView);
    }

    private static AlternativeView alternative(Alternative alternative, ParagraphHandling handling) {
        return alternative == null ? null
                : new AlternativeView(alternative.key(), MinutesWording.alternative(alternative, handling));
    }

    private static String title(Paragraph item, Loaded loaded) {
        return loaded.restricted(item) ? item.getPublicTitle() : item.getTitle();
    }

    private static String label(Paragraph item) {
        return item.getLabel() != null ? item.getLabel() : "punkt " + item.getPosition();
    }

    private static String kindName(Proposal proposal) {
        return switch (proposal.getKind()) {
            case APPROVE -> "bifall";
            case REJECT -> "avslag";
            case REFER_BACK -> "återremiss";
            case POSTPONE -> "bordläggning";
            case AMEND -> "ändring eller tillägg";
            case OWN -> "eget förslag";
        };
    }

    private static String name(Attendance attendance, Long personId) {
        return attendance.roster().seat(personId).map(seat -> seat.person().display())
                .orElse("person " + personId);
    }

    private static String labelOf(Attendance attendance, Long paragraphId) {
        return attendance.agenda().stream().filter(ref -> ref.paragraphId().equals(paragraphId))
                .map(AgendaRef::label).findFirst().orElse("?");
    }

    private static String describe(Attendance attendance, AttendanceChange change, boolean now) {
        String who = name(attendance, change.personId());
        String from = change.fromParagraphId() == null ? "från början"
                : "från och med " + labelOf(attendance, change.fromParagraphId());
        return who + (change.movement() == AttendanceChange.Movement.ARRIVED ? " närvarande " : " frånvarande ")
                + from;
    }

    private static String range(Attendance attendance, Substitution substitution) {
        return (substitution.fromParagraphId() == null ? " från början"
                : " från och med " + labelOf(attendance, substitution.fromParagraphId()))
                + (substitution.untilParagraphId() == null ? ""
                        : " till och med " + labelOf(attendance, substitution.untilParagraphId()));
    }
}

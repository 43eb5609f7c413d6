package se.namndflode.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.meeting.MeetingImport;
import se.namndflode.meeting.MeetingImportFile;
import se.namndflode.meeting.MeetingImportFile.Item;
import se.namndflode.meeting.MeetingImportFile.TakenOverDocument;
import se.namndflode.meeting.MeetingImportFile.TakenOverMatter;
import se.namndflode.meeting.Meetings;
import se.namndflode.minutes.MinutesApproval;
import se.namndflode.minutes.MinutesDocuments;
import se.namndflode.minutes.NoticeBoard;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.DocumentDirection;
import se.namndflode.registry.DocumentForm;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.AsOfClock;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The meeting of Socialnämnden on 2023-12-12 (the seed Protokoll nr 12/2023) on first start, from
 * {@value #FILE}: each step by the person who took it, through the ordinary services, as of its own day
 * ({@link AsOfClock}): the registrar takes over the matters and documents from the earlier register with their own
 * numbers (preparation done there: their processes are moved to the agenda step); the secretary plans the meeting
 * (2023-11-20), sets the agenda and sends the kallelse; on its day the meeting is opened, its minutes numbered 12,
 * the text of the paragraphs justered at the meeting written (prepared beforehand: they are locked when justered),
 * and the meeting recorded and closed (each of those paragraphs justered after its reservations, with its own
 * notice that day); the next day the secretary writes the other paragraphs' text; the minutes are drafted, signed
 * by the chair and the justerare with their own accounts on 2023-12-15 and so locked; the notice is posted that
 * day; the decisions are dispatched. The engines' appeal-period timers, due long
 * since, then give the decisions legal force and close the matters. Each step commits on its own (the minutes are
 * numbered in a transaction of their own); the audit mark {@value #LOADED} comes last.
 */
@Component
@Order(22)
@ConditionalOnProperty(name = "namndflode.demo-data.enabled", havingValue = "true")
class DemoHeldMeetingData implements ApplicationRunner {

    static final String LOADED = "DEMO_HELD_MEETING_LOADED";
    static final String FILE = "demo/meeting-socialnamnden-2023-12-12.json";
    private static final Logger log = LoggerFactory.getLogger(DemoHeldMeetingData.class);
    private static final List<String> PREPARATION = List.of("AssignCaseOfficer", "PrepareStaffReport",
            "ReviewStaffReport", "ApproveForBoard");

    private final Registry registry;
    private final MeetingImport meetingImport;
    private final Meetings meetings;
    private final MinutesDocuments minutes;
    private final MinutesApproval approval;
    private final NoticeBoard noticeBoard;
    private final BoardMatterProcess process;
    private final Organisation organisation;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final AsOfClock clock;

    DemoHeldMeetingData(Registry registry, MeetingImport meetingImport, Meetings meetings, MinutesDocuments minutes,
            MinutesApproval approval, NoticeBoard noticeBoard, BoardMatterProcess process, Organisation organisation,
            Accounts accounts, AuditLog audit, ObjectMapper json, TransactionTemplate transaction, AsOfClock clock) {
        this.registry = registry;
        this.meetingImport = meetingImport;
        this.meetings = meetings;
        this.minutes = minutes;
        this.approval = approval;
        this.noticeBoard = noticeBoard;
        this.process = process;
        this.organisation = organisation;
        this.accounts = accounts;
        this.audit = audit;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (audit.count("DemoData", LOADED) > 0) {
            return;
        }
        MeetingImportFile file = DemoData.read(json, FILE, MeetingImportFile.class);
        List<String> needed = new java.util.ArrayList<>(List.of(file.registrar(), file.secretary(),
                file.caseOfficer()));
        needed.addAll(file.justering().signers());
        List<String> missing = needed.stream().filter(name -> user(name).isEmpty()).toList();
        // The boards the secretary sees (those of their municipalities).
        Optional<Board> board = missing.isEmpty() ? as(file.secretary(), () -> organisation.boards().stream()
                .filter(candidate -> candidate.getMunicipality().getCode().equals(file.municipality())
                        && candidate.getName().equals(file.board())).findFirst()) : Optional.empty();
        if (board.isEmpty() || !missing.isEmpty()) {
            log.info("Demo meeting of {} skipped: no board {} or no account {}", file.day(), file.board(), missing);
            return;
        }
        long started = System.nanoTime();
        Long meetingId = load(file, board.get());
        as(file.secretary(), () -> transaction.execute(status -> audit.record(LOADED, "DemoData",
                null, file.municipality(), "Demosammanträde " + file.board() + " " + file.day() + " återgivet: "
                        + file.paragraphs().size() + " paragrafer, justerat och anslaget " + file.noticeOn(), null)));
        log.info("Demo meeting of {} recorded, justered and posted (meeting {}) in {} ms", file.day(), meetingId,
                (System.nanoTime() - started) / 1_000_000);
    }

    private Long load(MeetingImportFile file, Board board) {
        // The registrar takes over the matters, the day before the meeting is planned.
        Map<Integer, Long> matters = at(file.plannedOn().minusDays(1), LocalTime.of(9, 0), () -> as(file.registrar(),
                () -> transaction.execute(status -> takeOver(file, board))));
        Long meetingId = at(file.plannedOn(), LocalTime.of(10, 0), () -> as(file.secretary(),
                () -> transaction.execute(status -> meetingImport.plan(board.getId(), file, matters))));
        at(file.agendaSetOn(), LocalTime.of(10, 0), () -> as(file.secretary(), () -> transaction.execute(status -> {
            meetingImport.setAgenda(meetingId);
            meetings.sendKallelse(meetingId);
            return null;
        })));
        at(file.day(), file.startsAt(), () -> as(file.secretary(), () -> {
            transaction.execute(status -> {
                meetingImport.open(meetingId, file);
                return null;
            });
            // Numbered as soon as the meeting is held: a paragraph justered at the meeting is kept with its number
            // (its extract), which would otherwise be the next free one. Its text was prepared before the meeting:
            // once justered it is locked.
            minutes.numberAs(meetingId, file.minutesNumber());
            writeSummaries(meetingId, file, true);
            return transaction.execute(status -> {
                meetingImport.record(meetingId, file);
                return null;
            });
        }));
        // Closed at the time the file records (the seed gives none: the demo's own, see docs/decisions.md), so the
        // cover reads "kl. 18.00–20.15", not an opening and closing in the same instant.
        at(file.day(), file.closesAt(), () -> as(file.secretary(), () -> transaction.execute(status -> {
            meetingImport.close(meetingId);
            return null;
        })));
        LocalDate justeringDay = file.justering().at().toLocalDate();
        LocalTime justeringTime = file.justering().at().toLocalTime();
        // The day after the meeting the secretary drafts the rest of the minutes: each other paragraph's text.
        at(file.day().plusDays(1), LocalTime.of(9, 0), () -> as(file.secretary(),
                () -> writeSummaries(meetingId, file, false)));
        MinutesApproval.State state = at(justeringDay, justeringTime, () -> as(file.secretary(), () -> {
            return transaction.execute(status -> {
                meetings.minutesDrafted(meetingId);
                List<Long> chair = meetingImport.personIds(meetingId, file, List.of(file.justering().chair()));
                // The version as the secretary now sees it: after the minutes were marked drafted just above.
                return approval.setSignatories(meetingId, meetings.versionNow(meetingId), chair.get(0),
                        meetingImport.personIds(meetingId, file, file.justering().approvers()));
            });
        }));
        int minute = 0;
        for (String signer : file.justering().signers()) {
            // Each signs the content they were shown: the hash the previous step answered with.
            String shown = state.contentHash();
            state = at(justeringDay, justeringTime.plusMinutes(++minute), () -> as(signer, () -> transaction
                    .execute(status -> approval.sign(meetingId, shown))));
        }
        at(file.noticeOn(), justeringTime.plusHours(2), () -> as(file.secretary(),
                () -> transaction.execute(status -> noticeBoard.post(meetingId))));
        at(file.dispatchedOn(), LocalTime.of(9, 0), () -> as(file.secretary(), () -> transaction.execute(status -> {
            matters.values().forEach(this::dispatch);
            return null;
        })));
        return meetingId;
    }

    /** The Sammanfattning of each paragraph that is ({@code justeredAtMeeting}) or is not justered at the meeting. */
    private Void writeSummaries(Long meetingId, MeetingImportFile file, boolean justeredAtMeeting) {
        return transaction.execute(status -> {
            List<se.namndflode.meeting.Paragraph> agenda = meetings.paragraphs(meetingId);
            for (int index = 0; index < file.paragraphs().size(); index++) {
                Item item = file.paragraphs().get(index);
                if (item.summary() != null && item.immediatelyJustered() == justeredAtMeeting) {
                    minutes.setSummary(meetingId, agenda.get(index).getId(), 0L, item.summary());
                }
            }
            return null;
        });
    }

    private Map<Integer, Long> takeOver(MeetingImportFile file, Board board) {
        Long caseOfficer = user(file.caseOfficer()).map(SignedInUser::getAccountId).orElse(null);
        // One small PDF for every taken-over document: the demo has the register's entries, not the documents.
        byte[] pdf = DemoPdf.of("Handling från tidigare diarium", List.of(board.getName(),
                "Demohandling i Nämndflöde: ärendet och handlingen är övertagna med sina nummer från Stockholms "
                        + "stads tidigare diarium. Texten är inte den verkliga handlingens."));
        Map<Integer, Long> matters = new HashMap<>();
        for (Item item : file.paragraphs()) {
            TakenOverMatter demo = item.matter();
            if (demo == null) {
                continue;
            }
            MatterForm form = new MatterForm();
            form.setBoardId(board.getId());
            form.setKind(MatterKind.valueOf(demo.kind()));
            form.setTitle(demo.title());
            form.setSender(demo.sender());
            form.setSenderReference(demo.senderReference());
            form.setAnswerDue(demo.answerDue());
            form.setCaseOfficerId(caseOfficer);
            Matter matter = registry.takeOverMatter(form, demo.number(), demo.registeredOn().atTime(9, 0)
                    .atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime());
            for (TakenOverDocument document : demo.documentsOrNone()) {
                DocumentForm documentForm = new DocumentForm();
                documentForm.setType(DocumentType.valueOf(document.type()));
                documentForm.setDirection(documentForm.getType() == DocumentType.STAFF_REPORT
                        ? DocumentDirection.INTERNAL : DocumentDirection.IN);
                documentForm.setTitle(document.title());
                documentForm.setDate(demo.registeredOn());
                registry.takeOverDocument(matter.getId(), document.number(), documentForm, new FileContent(
                        DemoRegistryData.fileName(document.title()), "application/pdf", pdf));
            }
            toAgendaStep(matter.getId());
            matters.put(item.number(), matter.getId());
        }
        return matters;
    }

    /** The preparation was done in the earlier register: the process is moved on to the agenda step. */
    private void toAgendaStep(Long matterId) {
        for (int step = 0; step <= PREPARATION.size(); step++) {
            List<String> waiting = process.waitingIn(matterId);
            if (waiting.contains("PlaceOnAgenda")) {
                return;
            }
            String at = PREPARATION.stream().filter(waiting::contains).findFirst().orElseThrow(
                    () -> new IllegalStateException("Matter " + matterId + " waits in " + waiting));
            process.completeStep(matterId, at, switch (at) {
                case "ReviewStaffReport" -> Map.of("reviewOutcome", "APPROVED");
                case "ApproveForBoard" -> Map.of("approvalOutcome", "APPROVED");
                default -> Map.of();
            });
        }
    }

    private void dispatch(Long matterId) {
        process.runPendingSteps(matterId);
        if (process.waitingIn(matterId).contains("DispatchExtract")) {
            process.completeStep(matterId, "DispatchExtract", Map.of());
            process.recordDispatched(matterId);
        }
    }

    private <T> T at(LocalDate day, LocalTime time, Supplier<T> work) {
        Instant instant = day.atTime(time).atZone(WorkingDayCalendar.STOCKHOLM).toInstant();
        long started = System.nanoTime();
        try {
            return clock.asOf(instant, work);
        } finally {
            // Start-up time matters (issue 14): each step's share, for the log.
            log.debug("Demo meeting step as of {} {}: {} ms", day, time, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        SignedInUser user = user(username).orElseThrow();
        Object[] result = new Object[1];
        DemoData.actingAs(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
                () -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }

    private Optional<SignedInUser> user(String username) {
        try {
            return Optional.of(accounts.loadUserByUsername(username));
        } catch (UsernameNotFoundException missing) {
            return Optional.empty();
        }
    }
}

package se.namndflode.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.StaffReport;
import se.namndflode.matter.StaffReports;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.Paragraph;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.UserAccount;
import se.namndflode.registry.DocumentDirection;
import se.namndflode.registry.DocumentForm;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterPageNotes;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;

/**
 * The work behind each task of the board-matter process, done by the task's holder: the capability's action
 * (assign the case officer, submit, return or approve the staff report, register the approved report, place the
 * matter on a planned meeting's agenda, record the dispatch) and the task's completion, in one transaction with
 * the engine: a refusal leaves nothing. A meeting's tasks are done on the meeting's page, another capability's
 * ({@link TaskSubjects}: an assignment's) on its subject's page.
 */
@Service
@Transactional
class TaskWork {

    static final String APPROVED = "APPROVED";
    static final String RETURNED = "RETURNED";

    /** A handläggare that the matter can be given to. */
    record CaseOfficerChoice(String username, String displayName) {
    }

    private final TaskList tasks;
    private final Registry registry;
    private final StaffReports staffReports;
    private final BoardMatterProcess process;
    private final Accounts accounts;
    private final Meetings meetings;
    private final List<MatterPageNotes> pageNotes;
    private final Clock clock;

    TaskWork(TaskList tasks, Registry registry, StaffReports staffReports, BoardMatterProcess process,
            Accounts accounts, Meetings meetings, List<MatterPageNotes> pageNotes, Clock clock) {
        this.meetings = meetings;
        this.pageNotes = pageNotes;
        this.tasks = tasks;
        this.registry = registry;
        this.staffReports = staffReports;
        this.process = process;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Does the task's work and completes it. Refused unless the signed-in user holds the task. */
    public TaskRow complete(String taskId, TaskCompletion input) {
        TaskList.OpenTask task = tasks.requireHeld(taskId);
        if (task.meeting() != null) {
            // The meeting's steps are done on its page (kallelse, opening and closing, minutes), which moves them on.
            throw DomainException.invalid(null, "task.onMeetingPage");
        }
        if (task.subject() != null) {
            // Another capability's task (an assignment's) is done on its subject's page, which moves it on.
            throw DomainException.invalid(null, task.row().nameKey().substring(0,
                    task.row().nameKey().length() - task.row().activityId().length()) + "elsewhere");
        }
        Matter matter = task.matter();
        String municipality = task.municipalityCode();
        switch (task.row().activityId()) {
            case "AssignCaseOfficer" -> {
                CaseOfficerChoice officer = caseOfficerChoices(matter).stream()
                        .filter(choice -> choice.username().equals(trimmed(input.getCaseOfficer()))).findFirst()
                        .orElseThrow(() -> trimmed(input.getCaseOfficer()) == null
                                ? DomainException.invalid("caseOfficer", "validation.required")
                                : DomainException.invalid("caseOfficer", "matter.caseOfficer.invalid"));
                Long accountId = accounts.visibleAccounts().stream()
                        .filter(account -> account.getUsername().equals(officer.username())).findFirst()
                        .map(UserAccount::getId).orElseThrow();
                registry.assignCaseOfficer(matter.getId(), accountId, input.getVersion());
                tasks.complete(task, Map.of("caseOfficer", officer.username()),
                        "handläggare: " + officer.displayName());
            }
            case "PrepareStaffReport" -> {
                staffReports.submit(matter.getId(), municipality);
                tasks.complete(task, Map.of(), null);
            }
            case "ReviewStaffReport" -> {
                String outcome = outcome(input);
                if (RETURNED.equals(outcome)) {
                    staffReports.returnForRevision(matter.getId(), StaffReport.ReturnedFrom.REVIEW,
                            input.getComment(), municipality);
                }
                tasks.complete(task, Map.of("reviewOutcome", outcome), "utfall: " + outcome);
            }
            case "ApproveForBoard" -> {
                String outcome = outcome(input);
                if (RETURNED.equals(outcome)) {
                    staffReports.returnForRevision(matter.getId(), StaffReport.ReturnedFrom.APPROVAL,
                            input.getComment(), municipality);
                } else {
                    byte[] pdf = staffReports.approve(matter.getId(), municipality);
                    DocumentForm document = new DocumentForm();
                    document.setType(DocumentType.STAFF_REPORT);
                    document.setDirection(DocumentDirection.INTERNAL);
                    document.setTitle("Tjänsteutlåtande");
                    document.setDate(LocalDate.now(clock));
                    registry.registerDocument(matter.getId(), document, new FileContent(
                            "tjansteutlatande-" + matter.getRegistryNumber().toUrl() + ".pdf", "application/pdf", pdf));
                }
                tasks.complete(task, Map.of("approvalOutcome", outcome), "utfall: " + outcome);
            }
            case "PlaceOnAgenda" -> {
                // A planned meeting of the matter's own board; the matter's timeline decides whether its day will
                // do (and whether it needs a reason). The matter becomes a paragraph of the meeting's agenda. A
                // holder not entitled to a confidential matter puts it forward by its register entry.
                Paragraph item = placeOnAgenda(task, input);
                Meeting meeting = meetings.meeting(input.getMeetingId());
                tasks.complete(task, Map.of(), "sammanträde: " + meeting.getDay() + " kl. " + meeting.getStartsAt()
                        + ", punkt " + item.getPosition());
            }
            case "DispatchExtract" -> {
                String recipients = trimmed(input.getRecipients());
                if (recipients == null) {
                    throw DomainException.invalid("recipients", "validation.required");
                }
                process.recordDispatched(matter.getId());
                tasks.complete(task, Map.of(), "mottagare: " + recipients);
            }
            default -> throw DomainException.invalid(null, "task.unknown");
        }
        return task.row();
    }

    /**
     * Puts the task's matter forward to the chosen meeting. For a holder not entitled to a confidential matter, a
     * meeting after its answer date is refused without the date (which its register entry does not give them): the
     * reason for a late meeting is given by someone who may read the matter.
     */
    private Paragraph placeOnAgenda(TaskList.OpenTask task, TaskCompletion input) {
        if (task.matter() != null) {
            return meetings.placeOnAgenda(task.matterId(), input.getMeetingId(), input.getLateMeetingReason());
        }
        try {
            return meetings.placeOnAgenda(task.matterId(), input.getMeetingId(), null);
        } catch (DomainException refused) {
            if ("lateMeetingReason".equals(refused.field())) {
                throw DomainException.invalid("meetingId", "task.meeting.lateNeedsAccess");
            }
            throw refused;
        }
    }

    /**
     * The meetings the matter of an agenda step can be placed on: the planned meetings of its own board, today or
     * later, soonest first.
     */
    @Transactional(readOnly = true)
    public List<Meeting> meetingChoices(String taskId) {
        TaskList.OpenTask task = tasks.open(taskId);
        return task.boardId() == null ? List.of() : meetings.comingMeetings(task.boardId());
    }

    /** The version of the task's matter now: what "Fördela ärendet" sends back with its choice. */
    @Transactional(readOnly = true)
    public long matterVersion(String taskId) {
        return tasks.open(taskId).matter().getVersion();
    }

    /** The handläggare of the matter's municipality, by name. */
    @Transactional(readOnly = true)
    public List<CaseOfficerChoice> caseOfficerChoices(String taskId) {
        return caseOfficerChoices(tasks.open(taskId).matter());
    }

    /**
     * The matter's current staff report, for the review and approval pages: the content of the report's own
     * (escaped) template, without its document head and print styles, to be shown inside the page.
     */
    @Transactional(readOnly = true)
    public Optional<String> reportHtml(String taskId) {
        TaskList.OpenTask task = tasks.open(taskId);
        return staffReports.find(task.matter().getId()).map(StaffReport::getCurrent)
                .map(staffReports::html).map(TaskWork::bodyOf);
    }

    /**
     * For a review task: the version the reviewer's diff starts from on the tjänsteutlåtande page (the link says
     * "Se ändringar sedan version N"); empty for the first version sent for review.
     */
    @Transactional(readOnly = true)
    public Optional<Integer> reviewBaseline(String taskId) {
        return staffReports.reviewBaseline(tasks.open(taskId).matter().getId());
    }

    /** Why the matter's staff report came back to the case officer, if it did (for the preparation task). */
    @Transactional(readOnly = true)
    public List<MatterPageNotes.Note> notes(String taskId) {
        Long matterId = tasks.open(taskId).matter().getId();
        return pageNotes.stream().flatMap(source -> source.notes(matterId).stream()).toList();
    }

    static String bodyOf(String document) {
        int body = document.indexOf("<body");
        int start = body < 0 ? -1 : document.indexOf('>', body);
        int end = document.lastIndexOf("</body>");
        return start < 0 || end < start ? document : document.substring(start + 1, end).trim();
    }

    private List<CaseOfficerChoice> caseOfficerChoices(Matter matter) {
        return accounts.visibleAccounts().stream()
                .filter(account -> account.isEnabled() && account.getRoles().contains(Role.CASE_OFFICER))
                .filter(account -> account.getMunicipalities().stream()
                        .anyMatch(municipality -> municipality.getId().equals(matter.getMunicipality().getId())))
                .map(account -> new CaseOfficerChoice(account.getUsername(), account.getDisplayName()))
                .sorted(Comparator.comparing(CaseOfficerChoice::displayName))
                .toList();
    }

    private static String outcome(TaskCompletion input) {
        String outcome = trimmed(input.getOutcome());
        if (!APPROVED.equals(outcome) && !RETURNED.equals(outcome)) {
            throw DomainException.invalid("outcome", "task.outcome.required");
        }
        return outcome;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package se.namndflode.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.goal.Goal;
import se.namndflode.goal.Goals;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.web.DomainException;

/**
 * Imports a board's assignments from the documented file ({@link AssignmentImportFile}, docs/assignment-import.md):
 * every row goes through the same rules as the assignment's page. All or nothing: the rows are checked first, and
 * one refused row refuses the whole file (nothing is saved, not even the relation types or organisations it would
 * add). A dry run does the same checks and saves nothing; it lists every refused row with the field and the reason,
 * and the organisations the import would create. Unknown organisations are no reason to refuse: they are created.
 */
@Service
public class AssignmentImport {

    static final String IMPORTED = "ASSIGNMENTS_IMPORTED";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** The file's name of each field of the assignment's form, for the refusals of a row. */
    private static final Map<String, String> FILE_KEYS = Map.of("startDate", "start", "endDate", "end",
            "sourceYear", "year", "sourceRegistryNumber", "registryNumber", "sourceParagraphId", "paragraphId",
            "leadName", "lead", "goalId", "goal");

    /** A refused row: its position (1-based), its reference as written, the field and the reason in Swedish. */
    public record Refusal(int row, String reference, String field, String reason) {
    }

    /** An organisation the import creates (or would create). */
    public record NewOrganisation(String name, BodyKind kind) {
    }

    /**
     * What an import did, or in a dry run would do.
     *
     * @param imported whether the assignments were saved (false for a dry run and for a refused file)
     * @param rows the rows of the file
     * @param accepted the rows that keep every rule
     * @param refused every refused row and why; empty when the file is accepted
     * @param newOrganisations the organisations named by the rows that do not exist yet
     * @param assignmentIds the ids of the saved assignments, in the file's order (empty unless imported)
     */
    public record Result(boolean dryRun, boolean imported, String municipality, int rows, int accepted,
            List<Refusal> refused, List<NewOrganisation> newOrganisations, List<Long> assignmentIds) {
    }

    private final Assignments assignments;
    private final AssignmentRepository repository;
    private final RelationTypeRepository relations;
    private final Organisation organisation;
    private final Goals goals;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AssignmentImport(Assignments assignments, AssignmentRepository repository, RelationTypeRepository relations,
            Organisation organisation, Goals goals, AuditLog audit, MessageSource messages, ObjectMapper json,
            TransactionTemplate transaction, Clock clock) {
        this.assignments = assignments;
        this.repository = repository;
        this.relations = relations;
        this.organisation = organisation;
        this.goals = goals;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Reads an import file's JSON; unreadable JSON (or the literal null) is refused as a whole. */
    public AssignmentImportFile read(String text) {
        try {
            AssignmentImportFile file = json.readValue(text == null ? "" : text, AssignmentImportFile.class);
            if (file == null) {
                throw DomainException.invalid("file", "assignment.import.empty");
            }
            return file;
        } catch (JsonProcessingException unreadable) {
            throw DomainException.invalid("file", "assignment.import.unreadable",
                    unreadable.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Checks the file and, unless {@code dryRun}, saves its assignments (and starts their processes).
     *
     * @throws DomainException 404 for a municipality or board the user cannot see; 403 unless the user manages the
     *         municipality's assignments; 422 for a file without rows or with a malformed relation type; a real
     *         import of a file with refused rows is refused as a whole with 422 {@code assignment-import-refused},
     *         whose property {@code refused} lists the rows (the dry run returns them instead)
     */
    public Result importFile(AssignmentImportFile file, boolean dryRun) {
        String municipality = file.municipality() == null ? "" : file.municipality().trim();
        if (organisation.municipalityByCode(municipality).isEmpty()) {
            throw DomainException.notFound("assignment.notFound.municipality");
        }
        Assignments.requireManaging(municipality);
        if (file.assignments() == null || file.assignments().isEmpty()) {
            throw DomainException.invalid("assignments", "assignment.import.noRows");
        }
        Result result = transaction.execute(status -> {
            Result checked = apply(municipality, file, dryRun);
            if (!checked.imported()) {
                status.setRollbackOnly();
            }
            return checked;
        });
        if (!dryRun && !result.refused().isEmpty()) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, "assignment-import-refused", null,
                    "assignment.import.refused", result.refused().size(), result.rows())
                    .withProperty("refused", result.refused());
        }
        return result;
    }

    private Result apply(String municipality, AssignmentImportFile file, boolean dryRun) {
        for (AssignmentImportFile.RelationTypeEntry entry : list(file.relationTypes())) {
            if (entry == null) {
                continue;
            }
            String code = Assignments.trimmed(entry.code());
            String name = Assignments.trimmed(entry.name());
            if (code == null || name == null || !code.matches("[a-z0-9_]{1,40}")) {
                throw DomainException.invalid("relationTypes", "assignment.import.relationType", entry.code());
            }
            relations.findByMunicipalityCodeAndCode(municipality, code).ifPresentOrElse(
                    existing -> existing.rename(name),
                    () -> relations.save(new RelationType(municipality, code, name)));
        }
        Map<String, BodyKind> kinds = new HashMap<>();
        for (AssignmentImportFile.OrganisationEntry entry : list(file.organisations())) {
            if (entry != null && Assignments.trimmed(entry.name()) != null) {
                kinds.put(Body.keyOf(entry.name()), parse(BodyKind.class, entry.kind(), "organisations"));
            }
        }
        List<Board> boards = organisation.boards(municipality);
        Board fileBoard = file.board() == null ? null : board(boards, file.board(), "board");

        List<Refusal> refused = new ArrayList<>();
        Map<String, NewOrganisation> newOrganisations = new LinkedHashMap<>();
        Map<String, Integer> references = new HashMap<>();
        List<Board> rowBoards = new ArrayList<>();
        List<Assignments.Checked> checkedRows = new ArrayList<>();
        List<List<History>> histories = new ArrayList<>();
        int position = 0;
        for (AssignmentImportFile.Row given : file.assignments()) {
            position++;
            // A null row ("assignments": [null]) is a row without any field: refused for the first one it lacks.
            AssignmentImportFile.Row row = given != null ? given : AssignmentImportFile.Row.EMPTY;
            try {
                Board board = row.board() == null ? fileBoard : board(boards, row.board(), "board");
                if (board == null) {
                    throw DomainException.invalid("board", "assignment.import.boardRequired");
                }
                AssignmentForm form = form(municipality, row, kinds);
                form.setBoardId(board.getId());
                String reference = Assignments.trimmed(row.reference());
                Integer earlier = reference == null ? null : references.putIfAbsent(reference, position);
                if (earlier != null) {
                    throw DomainException.invalid("reference", "assignment.import.duplicate", reference, earlier);
                }
                Assignments.Checked checked = assignments.check(board, form, null);
                List<History> history = history(row, form);
                checked.newBodies().forEach(body -> newOrganisations.putIfAbsent(body.key(),
                        new NewOrganisation(body.shownName(), body.kind())));
                rowBoards.add(board);
                checkedRows.add(checked);
                histories.add(history);
            } catch (DomainException refusal) {
                refused.add(new Refusal(position, row.reference(), fileKey(refusal.field()),
                        messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), SWEDISH)));
            }
        }
        int rows = file.assignments().size();
        List<NewOrganisation> created = List.copyOf(newOrganisations.values());
        if (dryRun || !refused.isEmpty()) {
            return new Result(dryRun, false, municipality, rows, checkedRows.size(), refused, created, List.of());
        }
        Map<String, Body> madeNow = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < checkedRows.size(); i++) {
            Assignments.Checked checked = checkedRows.get(i);
            Board board = rowBoards.get(i);
            Assignment assignment = new Assignment(municipality, board, checked.reference(),
                    OffsetDateTime.now(clock), AuditLog.currentActorName());
            assignments.apply(assignment, checked, madeNow);
            Assignment saved = repository.saveAndFlush(assignment);
            for (History entry : histories.get(i)) {
                assignments.reportedBefore(saved, entry.asOf(), entry.status(), entry.text());
            }
            assignments.registered(saved, "Uppdrag importerat: ");
            ids.add(saved.getId());
        }
        // The goals' rating proposals count their assignments: proposed again once for the whole file.
        goals.assignmentsChanged(municipality, checkedRows.stream().map(Assignments.Checked::goalId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        audit.record(IMPORTED, Assignments.ENTITY, null, municipality, "Uppdrag importerade: " + ids.size()
                + (file.description() == null ? "" : " (" + file.description().trim() + ")"),
                "nya organisationer: " + created.size());
        return new Result(false, true, municipality, rows, ids.size(), List.of(), created, ids);
    }

    /** The row as the assignment's form, its text fields parsed; a value that does not parse refuses the row. */
    private AssignmentForm form(String municipality, AssignmentImportFile.Row row, Map<String, BodyKind> kinds) {
        AssignmentForm form = new AssignmentForm();
        form.setReference(row.reference());
        form.setSource(required(parse(Source.class, row.source(), "source"), "source"));
        form.setSourceYear(number(row.year(), "sourceYear"));
        form.setSourceRegistryNumber(row.registryNumber());
        Integer paragraph = number(row.paragraphId(), "sourceParagraphId");
        form.setSourceParagraphId(paragraph == null ? null : paragraph.longValue());
        form.setText(row.text());
        form.setLeadName(row.lead());
        form.setLeadKind(row.lead() == null ? null : kinds.get(Body.keyOf(row.lead())));
        List<PartnerForm> partners = new ArrayList<>();
        for (AssignmentImportFile.PartnerEntry entry : list(row.partners())) {
            if (entry == null || Assignments.trimmed(entry.organisation()) == null) {
                throw DomainException.invalid("partners", "assignment.import.partnerName");
            }
            PartnerForm partner = new PartnerForm(entry.organisation(), entry.relation());
            partner.setKind(kinds.get(Body.keyOf(entry.organisation())));
            partners.add(partner);
        }
        form.setPartners(partners);
        form.setStartDate(required(date(row.start(), "startDate"), "startDate"));
        form.setEndDate(required(date(row.end(), "endDate"), "endDate"));
        if (Assignments.trimmed(row.goal()) != null) {
            Integer goalYear = number(row.goalYear(), "goalYear");
            Integer year = goalYear != null ? goalYear : form.getSourceYear();
            if (year == null) {
                throw DomainException.invalid("goalYear", "assignment.import.goalYear");
            }
            Goal goal = goals.goal(municipality, year, row.goal()).orElseThrow(() -> DomainException.invalid(
                    "goal", "assignment.import.goal", row.goal().trim(), String.valueOf(year)));
            form.setGoalId(goal.getId());
        }
        form.setResponsible(row.responsible());
        Reporting reporting = parse(Reporting.class, row.reporting(), "reporting");
        form.setReporting(reporting == null ? Reporting.FOLLOW_UP_REPORT : reporting);
        return form;
    }

    /** A status report of the past, checked. */
    record History(LocalDate asOf, Status status, String text) {
    }

    /**
     * The row's follow-up so far, in the order of the days: enligt plan or avvikelse (with text), not before the
     * start and not after today. Klar is no history: an assignment done before the import is not imported.
     */
    private List<History> history(AssignmentImportFile.Row row, AssignmentForm form) {
        List<History> entries = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (AssignmentImportFile.StatusEntry given : list(row.statusReports())) {
            AssignmentImportFile.StatusEntry entry = given != null ? given
                    : new AssignmentImportFile.StatusEntry(null, null, null);
            LocalDate asOf = required(date(entry.asOf(), "statusReports.asOf"), "statusReports.asOf");
            Status status = required(parse(Status.class, entry.status(), "statusReports.status"),
                    "statusReports.status");
            if (status == Status.DONE) {
                throw DomainException.invalid("statusReports", "assignment.import.historyDone");
            }
            if (asOf.isBefore(form.getStartDate()) || asOf.isAfter(today)) {
                throw DomainException.invalid("statusReports", "assignment.import.historyDate", asOf,
                        form.getStartDate(), today);
            }
            String text = Assignments.trimmed(entry.text());
            if (text != null && text.length() > se.namndflode.shared.web.TextLimits.REASON) {
                throw DomainException.invalid("statusReports", "validation.tooLong.max",
                        se.namndflode.shared.web.TextLimits.REASON);
            }
            if (status == Status.DEVIATION && text == null) {
                throw DomainException.invalid("statusReports", "assignment.status.textRequired");
            }
            entries.add(new History(asOf, status, text));
        }
        entries.sort(java.util.Comparator.comparing(History::asOf));
        return entries;
    }

    private static String fileKey(String field) {
        return field == null ? null : FILE_KEYS.getOrDefault(field, field);
    }

    private static Board board(List<Board> boards, String name, String field) {
        String key = Body.keyOf(name);
        return boards.stream().filter(board -> Body.keyOf(board.getName()).equals(key)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "assignment.import.board", name));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "assignment.import.required", fileKey(field));
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        String value = Assignments.trimmed(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid(field, "assignment.import.choice", value, fileKey(field),
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static LocalDate date(String text, String field) {
        String value = Assignments.trimmed(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw DomainException.invalid(field, "assignment.import.date", value, fileKey(field));
        }
    }

    private static Integer number(String text, String field) {
        String value = Assignments.trimmed(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalid(field, "assignment.import.number", value, fileKey(field));
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}

package se.namndflode.tasks;

import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;

/** The signed-in user's tasks as JSON: list, take, leave, complete. Refusals are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/tasks")
@PreAuthorize(TaskPages.STAFF)
@Tag(name = "Uppgifter", description = "Mina uppgifter och gruppens uppgifter i ärendeprocessen")
class TaskApi {

    enum Scope { mine, group }

    /**
     * A page of a list; {@code total} is exact up to {@link TaskList#COUNT_CAP}, above it {@code COUNT_CAP + 1} with
     * {@code moreItems} true (filter the list).
     */
    record TaskPage(List<TaskRow> items, int page, int size, long total, int totalPages, boolean moreItems) {

        /** The page, a restricted matter's missing title given as "Sekretessbelagt ärende". */
        static TaskPage of(Page<TaskRow> page, String maskedTitle) {
            return new TaskPage(page.getContent().stream()
                    .map(row -> row.title() == null ? row.withTitle(maskedTitle) : row).toList(), page.getNumber(),
                    page.getSize(), page.getTotalElements(), page.getTotalPages(),
                    page.getTotalElements() > TaskList.COUNT_CAP);
        }
    }

    private final TaskList tasks;
    private final TaskWork work;
    private final MessageSource messages;

    TaskApi(TaskList tasks, TaskWork work, MessageSource messages) {
        this.tasks = tasks;
        this.work = work;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Mina uppgifter (mine) eller gruppens lediga uppgifter (group), 20 per sida",
            description = "En uppgift i ett sekretessärende som användaren inte har åtkomst till finns med som "
                    + "diarieuppgift (restricted: nummer och offentlig rubrik eller \"Sekretessbelagt ärende\", "
                    + "inget svarsdatum); att öppna eller ta den ger 403.")
    TaskPage list(@RequestParam(defaultValue = "mine") Scope scope,
            @RequestParam(required = false) Long boardId, @RequestParam(required = false) MatterKind kind,
            @Parameter(description = "ALL, OVERDUE eller WITHIN_7_DAYS") @RequestParam(required = false)
            TaskFilter.Due due,
            @Parameter(description = "DUE (standard), NUMBER eller CREATED") @RequestParam(required = false)
            TaskFilter.Sort sort,
            @Parameter(description = "Gruppens uppgifter: bara en av användarens roller (kandidatgrupp), t.ex. MANAGER")
            @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") @Min(0) int page) {
        TaskFilter filter = new TaskFilter(boardId, kind, due, sort, role);
        return TaskPage.of(scope == Scope.group ? tasks.group(filter, page) : tasks.mine(filter, page),
                messages.getMessage(Registry.MASKED_TITLE, null, Locale.forLanguageTag("sv-SE")));
    }

    @GetMapping("/{id}")
    @Operation(summary = "En uppgift")
    TaskRow task(@PathVariable String id) {
        return tasks.task(id);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Ta en ledig uppgift (den som har en av uppgiftens roller)")
    TaskRow claim(@PathVariable String id) {
        return tasks.claim(id);
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Lämna en tagen gruppuppgift")
    TaskRow unclaim(@PathVariable String id) {
        tasks.unclaim(id);
        return tasks.task(id);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Slutför en uppgift som du har; utfall, kommentar, handläggare, sammanträdesdag eller "
            + "mottagare efter uppgiften; Fördela ärendet: handläggaren och version, ärendets version som du läste "
            + "(saknas: 400; någon annan har ändrat handläggaren sedan dess: 409 med läget nu i current)")
    TaskRow complete(@PathVariable String id, @Valid @RequestBody(required = false) TaskCompletion body) {
        return work.complete(id, body == null ? new TaskCompletion() : body);
    }
}

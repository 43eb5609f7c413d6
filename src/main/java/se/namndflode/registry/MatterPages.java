package se.namndflode.registry;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Municipality;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.UserAccount;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormSubmission;

/** The registry's pages: the list and search, registering a matter, the matter with its documents and history. */
@Controller
@RequestMapping("/arenden")
@PreAuthorize(RegistryRoles.STAFF)
class MatterPages {

    static final int PAGE_SIZE = 25;

    /** The roles that work in the registry (as {@link RegistryRoles#STAFF}): whom a case officer or access may go to. */
    private static final Set<Role> STAFF_ROLES = Set.of(Role.CASE_OFFICER, Role.MANAGER, Role.DIRECTOR,
            Role.REGISTRAR, Role.SECRETARY);

    private final Registry registry;
    private final Organisation organisation;
    private final Accounts accounts;
    private final List<MatterPageNotes> notes;
    private final Clock clock;
    private final MatterStory story;
    private final List<MatterPageFacts> facts;
    private final MessageSource messages;

    MatterPages(Registry registry, Organisation organisation, Accounts accounts, Clock clock,
            List<MatterPageNotes> notes, MatterStory story, List<MatterPageFacts> facts, MessageSource messages) {
        this.messages = messages;
        this.story = story;
        this.facts = facts;
        this.registry = registry;
        this.organisation = organisation;
        this.accounts = accounts;
        this.clock = clock;
        this.notes = notes;
    }

    /**
     * The steps of the board-matter process a matter can wait in (its user tasks), in the process's order: the
     * choices of the step filter, named as the task lists name them ({@code task.<key>}, the process model's names).
     */
    static final List<String> STEPS = List.of("AssignCaseOfficer", "PrepareStaffReport", "ReviewStaffReport",
            "ApproveForBoard", "PlaceOnAgenda", "DispatchExtract");

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long boardId,
            @RequestParam(required = false) MatterKind kind, @RequestParam(required = false) MatterStatus status,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) MatterSearch.Sort sort, @RequestParam(required = false) Boolean desc,
            @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        MatterSearch search = new MatterSearch(q, boardId, kind, status, mine,
                step != null && STEPS.contains(step) ? step : null, overdue, sort, desc);
        model.addAttribute("search", search);
        model.addAttribute("matters", registry.list(search, page, PAGE_SIZE));
        model.addAttribute("boards", boardsWithSeries());
        model.addAttribute("steps", STEPS);
        return "registry/matters";
    }

    @GetMapping("/ny")
    @PreAuthorize(RegistryRoles.REGISTERS)
    String create(Model model) {
        RegistrationForm form = new RegistrationForm();
        List<Board> boards = boardsWithSeries();
        if (boards.size() == 1) {
            form.setBoardId(boards.get(0).getId());
        }
        form.getDocument().setDate(LocalDate.now(clock));
        model.addAttribute("form", form);
        formChoices(model);
        return "registry/matter-form";
    }

    @PostMapping
    @PreAuthorize(RegistryRoles.REGISTERS)
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formChoices(model);
        return FormSubmission.submit(result, "registry/matter-form", () -> form.hasDocument()
                ? registry.registerMatterWithDocument(form, form.firstDocument(),
                        FileContent.of(form.getDocument().getFile())).matter()
                : registry.registerMatter(form), matter -> {
                    // The matter page then offers what usually comes next (a case officer, more documents).
                    redirect.addFlashAttribute("registered", true);
                    return toMatter(matter, matter.getRegistryNumber() + " " + matter.getTitle(), redirect, "");
                });
    }

    @GetMapping("/{number}")
    String show(@PathVariable String number, Model model) {
        Matter matter = registry.matterAt(number);
        DocumentForm form = new DocumentForm();
        form.setDate(LocalDate.now(clock));
        model.addAttribute("documentForm", form);
        addMatter(matter, model);
        return "registry/matter";
    }

    @PostMapping("/{number}/handlingar")
    @PreAuthorize(RegistryRoles.REGISTERS)
    String registerDocument(@PathVariable String number, @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Matter matter = registry.matterAt(number);
        addMatter(matter, model);
        return FormSubmission.submit(result, "registry/matter",
                () -> registry.registerDocument(matter.getId(), form, FileContent.of(form.getFile())),
                document -> toMatter(matter, document.getNumber() + " " + document.getTitle(),
                        redirect, "#handlingar"));
    }

    @GetMapping("/{number}/handlingar/{document}")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable String document) {
        return RegistryUrls.download(registry.file(registry.matterAt(number).getId(), document));
    }

    @PostMapping("/{number}/atkomst")
    @PreAuthorize(RegistryRoles.GRANTS)
    String grantAccess(@PathVariable String number, @RequestParam(required = false) Long accountId,
            RedirectAttributes redirect) {
        Matter matter = registry.matterAt(number);
        registry.grantAccess(matter.getId(), accountId);
        return toMatter(matter, registry.accountName(accountId), redirect, "#atkomst");
    }

    @PostMapping("/{number}/atkomst/{accountId}/ta-bort")
    @PreAuthorize(RegistryRoles.GRANTS)
    String revokeAccess(@PathVariable String number, @PathVariable Long accountId, RedirectAttributes redirect) {
        Matter matter = registry.matterAt(number);
        registry.revokeAccess(matter.getId(), accountId);
        return toMatter(matter, registry.accountName(accountId), redirect, "#atkomst");
    }

    /**
     * Changes the matter's case officer. {@code version}: the matter's version the page showed (a hidden field of
     * the form). Someone else changed the matter meanwhile: 409 with the matter page as it is now (its case officer
     * now) and the reason beside the form, nothing changed. Without a version: 400 (the refusal page).
     */
    @PostMapping("/{number}/handlaggare")
    @PreAuthorize(RegistryRoles.GRANTS)
    String assignCaseOfficer(@PathVariable String number, @RequestParam(required = false) Long caseOfficerId,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect, Locale locale,
            HttpServletResponse response) {
        Matter matter = registry.matterAt(number);
        try {
            registry.assignCaseOfficer(matter.getId(), caseOfficerId, version);
        } catch (DomainException refusal) {
            if (refusal.status() != HttpStatus.CONFLICT) {
                throw refusal;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("caseOfficerRefusal", messages.getMessage(refusal.messageKey(), refusal.arguments(),
                    refusal.messageKey(), locale));
            return show(number, model);
        }
        return toMatter(matter, matter.getRegistryNumber().toString(), redirect, "");
    }

    private static String toMatter(Matter matter, String saved, RedirectAttributes redirect, String anchor) {
        redirect.addFlashAttribute("saved", saved);
        redirect.addAttribute("number", matter.getUrlNumber());
        return "redirect:/arenden/{number}" + anchor;
    }

    private void addMatter(Matter matter, Model model) {
        List<DocumentTree> documents = DocumentTree.of(registry.documents(matter.getId()));
        model.addAttribute("matter", matter);
        model.addAttribute("documents", documents);
        model.addAttribute("attachToChoices", choices(documents.stream().filter(tree -> !tree.orphan()).toList(),
                tree -> tree.document().getDocumentNumber(),
                tree -> tree.document().getNumber() + " " + tree.document().getTitle()));
        model.addAttribute("documentTypeChoices", choices(List.of(DocumentType.values()), type -> type,
                DocumentType::messageKey));
        model.addAttribute("directionChoices", choices(List.of(DocumentDirection.values()), direction -> direction,
                DocumentDirection::messageKey));
        model.addAttribute("story", story.tell(matter, registry.history(matter.getId())));
        model.addAttribute("standing", facts.stream().flatMap(source -> source.facts(matter.getId()).stream())
                .toList());
        model.addAttribute("notes", notes.stream().flatMap(source -> source.notes(matter.getId()).stream()).toList());
        model.addAttribute("registeredByName", accounts.visibleAccounts().stream()
                .filter(account -> account.getUsername().equals(matter.getRegisteredBy()))
                .map(UserAccount::getDisplayName).findFirst().orElse(matter.getRegisteredBy()));
        model.addAttribute("caseOfficerName", matter.getCaseOfficerId() == null ? null
                : registry.accountName(matter.getCaseOfficerId()));
        model.addAttribute("maxFileSize", Registry.readable(registry.maxFileSize()));
        if (Registry.mayGrantAccess()) {
            model.addAttribute("caseOfficers", caseOfficers(matter.getMunicipality()));
            if (matter.isConfidential()) {
                List<Registry.AccessGrant> granted = registry.accessList(matter.getId());
                Set<Long> grantedIds = granted.stream().map(Registry.AccessGrant::accountId)
                        .collect(Collectors.toSet());
                model.addAttribute("accessList", granted);
                model.addAttribute("grantable", staff(matter.getMunicipality()).stream()
                        .filter(account -> !grantedIds.contains(account.getId()))
                        .filter(account -> !account.getId().equals(matter.getCaseOfficerId()))
                        .filter(account -> account.getRoles().stream().noneMatch(Registry.ENTITLED_ROLES::contains))
                        .toList());
            }
        }
    }

    private void formChoices(Model model) {
        model.addAttribute("documentTypeChoices", choices(List.of(DocumentType.values()), type -> type,
                DocumentType::messageKey));
        model.addAttribute("maxFileSize", Registry.readable(registry.maxFileSize()));
        model.addAttribute("boardChoices", choices(boardsWithSeries(), Board::getId,
                board -> board.getName() + " (" + board.getAdministration().getRegistryPrefix() + ")"));
        model.addAttribute("kindChoices", choices(List.of(MatterKind.values()), kind -> kind, MatterKind::messageKey));
        model.addAttribute("caseOfficerChoices", choices(accounts.visibleAccounts().stream()
                .filter(account -> account.isEnabled() && account.getRoles().contains(Role.CASE_OFFICER)).toList(),
                UserAccount::getId, UserAccount::getDisplayName));
    }

    /** The options of a drop-down ({@code fragments/forms :: selectField}): value to text, in order. */
    private static <T, K> Map<K, String> choices(List<T> items, Function<T, K> value, Function<T, String> text) {
        Map<K, String> options = new LinkedHashMap<>();
        items.forEach(item -> options.put(value.apply(item), text.apply(item)));
        return options;
    }

    /** Only boards with an administration have a registry series to register in. */
    private List<Board> boardsWithSeries() {
        return organisation.boards().stream().filter(board -> board.getAdministration() != null).toList();
    }

    private List<UserAccount> caseOfficers(Municipality municipality) {
        return staff(municipality).stream().filter(account -> account.getRoles().contains(Role.CASE_OFFICER))
                .toList();
    }

    /** Enabled accounts of the municipality with a role that works in the registry. */
    private List<UserAccount> staff(Municipality municipality) {
        return accounts.visibleAccounts().stream()
                .filter(account -> account.isEnabled()
                        && account.getMunicipalities().stream().anyMatch(m -> m.getId().equals(municipality.getId()))
                        && account.getRoles().stream().anyMatch(STAFF_ROLES::contains))
                .toList();
    }
}

package se.namndflode.assignment.overview;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.namndflode.assignment.Assignments;
import se.namndflode.assignment.ReassignForm;
import se.namndflode.assignment.overview.OverviewFilter.ItemType;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.UserAccount;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;

/**
 * The overview of overdue and at-risk work ({@code /oversikt}, managers and directors): counts and charts per board,
 * unit and responsible person, the filtered list with a link to each item, reassignment from the list (an
 * assignment's responsible person through {@link Assignments#reassign}, a matter's case officer through
 * {@link Registry#assignCaseOfficer}, which moves the matter's task), the CSV export and the weekly digest page.
 * A refused reassignment comes back to the overview with the Swedish reason; nothing is changed.
 */
@Controller
@RequestMapping("/oversikt")
class OverviewPages {

    static final String MANAGE = "hasAnyRole('MANAGER', 'DIRECTOR')";
    static final Set<Role> RESPONSIBLE_ROLES = EnumSet.of(Role.CASE_OFFICER, Role.MANAGER, Role.DIRECTOR);

    private final Overview overview;
    private final OverviewDigest digest;
    private final OverviewCsv csv;
    private final Assignments assignments;
    private final Registry registry;
    private final Organisation organisation;
    private final Accounts accounts;
    private final MessageSource messages;

    OverviewPages(Overview overview, OverviewDigest digest, OverviewCsv csv, Assignments assignments,
            Registry registry, Organisation organisation, Accounts accounts, MessageSource messages) {
        this.overview = overview;
        this.digest = digest;
        this.csv = csv;
        this.assignments = assignments;
        this.registry = registry;
        this.organisation = organisation;
        this.accounts = accounts;
        this.messages = messages;
    }

    @ModelAttribute("filter")
    OverviewFilter filter(@RequestParam(required = false) Long boardId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String responsible, @RequestParam(required = false) OverviewState state,
            @RequestParam(required = false) ItemType type, @RequestParam(required = false) Integer days) {
        // Spring MVC validates a handler's parameters, not a @ModelAttribute method's: the same bounds by hand.
        if (days != null && (days < 0 || days > OverviewFilter.MAX_DAYS)) {
            throw new DomainException(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-value", "days",
                    "problem.out-of-range", "days", String.valueOf(days), "0",
                    String.valueOf(OverviewFilter.MAX_DAYS));
        }
        return new OverviewFilter(boardId, unitId, responsible, state, type, days);
    }

    @GetMapping
    @PreAuthorize(MANAGE)
    String overview(@ModelAttribute("filter") OverviewFilter filter, @RequestParam(defaultValue = "0") @Min(0) int page,
            Model model) {
        OverviewCounts counts = overview.counts(filter);
        Page<OverviewItem> items = overview.page(filter, page, counts);
        List<UserAccount> people = accounts.visibleAccounts().stream().filter(UserAccount::isEnabled)
                .filter(account -> account.getRoles().stream().anyMatch(RESPONSIBLE_ROLES::contains)).toList();
        model.addAttribute("items", items);
        model.addAttribute("counts", counts);
        model.addAttribute("today", overview.today());
        model.addAttribute("boards", organisation.boards());
        model.addAttribute("units", organisation.administrations());
        model.addAttribute("people", people);
        model.addAttribute("caseOfficers", people.stream()
                .filter(account -> account.getRoles().contains(Role.CASE_OFFICER)).toList());
        model.addAttribute("query", query(filter));
        return "overview/overview";
    }

    @GetMapping(value = "/export.csv")
    @PreAuthorize(MANAGE)
    ResponseEntity<byte[]> export(@ModelAttribute("filter") OverviewFilter filter, Locale locale) {
        byte[] body = csv.write(overview.all(filter), overview.today(), locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"oversikt-" + overview.today()
                        + ".csv\"")
                .body(body);
    }

    @GetMapping("/veckobrev")
    @PreAuthorize(MANAGE)
    String digest(Model model) {
        model.addAttribute("digest", digest.forSignedInUser());
        return "overview/digest";
    }

    /**
     * {@code newResponsible}: the person's user name (named apart from the filter's {@code responsible});
     * {@code version}: the assignment's version the list showed (a reassignment made meanwhile refuses this one).
     */
    @PostMapping("/uppdrag/{id}/ansvarig")
    @PreAuthorize(MANAGE)
    String reassignAssignment(@PathVariable Long id, @RequestParam(required = false) String newResponsible,
            @RequestParam long version, @ModelAttribute("filter") OverviewFilter filter, Locale locale,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        return change(filter, locale, redirect, model, response, () -> assignments.reassign(id,
                new ReassignForm(newResponsible, "Omfördelat från översikten", version)).getReference());
    }

    /** {@code version}: the registry matter's version the list showed (see {@link OverviewItem#version()}). */
    @PostMapping("/arenden/{id}/handlaggare")
    @PreAuthorize(MANAGE)
    String reassignMatter(@PathVariable Long id, @RequestParam(required = false) Long caseOfficerId,
            @RequestParam long version, @ModelAttribute("filter") OverviewFilter filter, Locale locale,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        return change(filter, locale, redirect, model, response, () -> {
            requireManaging();
            return registry.assignCaseOfficer(id, caseOfficerId, version).getRegistryNumber().toString();
        });
    }

    /** Registry.assignCaseOfficer leaves the role to its pages: here only managers and directors reach it. */
    private static void requireManaging() {
        if (CurrentUser.get().map(user -> !user.hasRole(Role.MANAGER) && !user.hasRole(Role.DIRECTOR))
                .orElse(true)) {
            throw DomainException.forbidden("problem.forbidden");
        }
    }

    /**
     * Runs a reassignment and comes back to the overview. A change made meanwhile (a stale version) answers 409
     * with the overview as it is now and the reason, naming who is responsible now ("Någon annan har ändrat … Ansvarig
     * nu: …"), not a redirect: the manager sees the current responsible person before choosing again.
     */
    private String change(OverviewFilter filter, Locale locale, RedirectAttributes redirect, Model model,
            HttpServletResponse response, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("reassigned", action.get());
        } catch (DomainException refusal) {
            if (refusal.status() == HttpStatus.NOT_FOUND || refusal.status() == HttpStatus.FORBIDDEN) {
                throw refusal;
            }
            String reason = messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(),
                    locale);
            if (refusal.status() == HttpStatus.CONFLICT) {
                return refusedNow(filter, model, response, reason);
            }
            redirect.addFlashAttribute("refusal", reason);
        } catch (OptimisticLockingFailureException concurrent) {
            return refusedNow(filter, model, response, messages.getMessage("problem.concurrent-change", null, locale));
        }
        return "redirect:/oversikt" + query(filter);
    }

    /** 409: the overview as it is now (each row with its version now), with the reason above it. */
    private String refusedNow(OverviewFilter filter, Model model, HttpServletResponse response, String reason) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", reason);
        return overview(filter, 0, model);
    }

    /** The filter as a query string ("?boardId=3&state=OVERDUE"), for links and for coming back after a change. */
    static String query(OverviewFilter filter) {
        return UriComponentsBuilder.newInstance()
                .queryParamIfPresent("boardId", java.util.Optional.ofNullable(filter.boardId()))
                .queryParamIfPresent("unitId", java.util.Optional.ofNullable(filter.unitId()))
                .queryParamIfPresent("responsible", java.util.Optional.ofNullable(filter.responsible()))
                .queryParamIfPresent("state", java.util.Optional.ofNullable(filter.state()))
                .queryParamIfPresent("type", java.util.Optional.ofNullable(filter.type()))
                .queryParamIfPresent("days", java.util.Optional.ofNullable(filter.days()))
                .encode().build().toUriString();
    }
}

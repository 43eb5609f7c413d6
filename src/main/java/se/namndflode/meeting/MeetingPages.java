package se.namndflode.meeting;

import jakarta.validation.constraints.Min;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterEntry;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormSubmission;

/**
 * The meetings of the user's municipalities ("Sammanträden"): the list (paged in SQL), the secretary's plan form,
 * and each meeting's page with its agenda (föredragningslista), where the secretary reorders and completes the
 * agenda, sets it, and moves the meeting on (kallelse sent, opened, closed, minutes drafted) and sets the time of
 * justering. A politician reads the meetings of their boards. A refusal of a form is shown beside its field; a
 * refused step above the agenda. Every edit of the agenda and the justering carries the meeting's version as the
 * page showed it (a hidden field): when someone else changed the meeting meanwhile the page answers 409 with the
 * reason above the agenda, shows the meeting as it is now (its forms with its version now) and nothing is saved.
 */
@Controller
@RequestMapping("/sammantraden")
@PreAuthorize(MeetingRoles.READERS)
class MeetingPages {

    static final int PAGE_SIZE = 25;
    static final String LIST = "meeting/list";
    static final String PLAN = "meeting/plan";
    static final String VIEW = "meeting/meeting";
    /** The message keys of a change made meanwhile and of a change without a version. */
    private static final String VERSION_REQUIRED = "problem.version-required";
    private static final java.util.Set<String> VERSIONING = java.util.Set.of("meeting.changedMeanwhile",
            VERSION_REQUIRED);

    private final Meetings meetings;
    private final MeetingAccess access;
    private final Organisation organisation;
    private final Clock clock;

    MeetingPages(Meetings meetings, MeetingAccess access, Organisation organisation, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    // --- List and plan ----------------------------------------------------------------------------------------

    @GetMapping
    String list(@RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        Page<Meeting> found = meetings.list(page, PAGE_SIZE, access.readableBoards());
        model.addAttribute("meetings", found);
        model.addAttribute("maySecretary", MeetingAccess.isSecretary());
        return LIST;
    }

    @GetMapping("/ny")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String planForm(@RequestParam(required = false) Long boardId, Model model) {
        MeetingForms.PlanForm form = new MeetingForms.PlanForm();
        form.setBoardId(boardId);
        model.addAttribute("form", form);
        return plan(model);
    }

    @PostMapping
    @PreAuthorize(MeetingRoles.SECRETARY)
    String plan(@Valid @ModelAttribute("form") MeetingForms.PlanForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        plan(model);
        return FormSubmission.submit(result, PLAN,
                () -> meetings.plan(form.getBoardId(), form.getDay(), form.getStartsAt(), form.getPlace()),
                meeting -> {
                    redirect.addFlashAttribute("doneKey", "meeting.planned");
                    return "redirect:/sammantraden/" + meeting.getId();
                });
    }

    private String plan(Model model) {
        model.addAttribute("boards", organisation.boards());
        return PLAN;
    }

    // --- One meeting ------------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        addPage(id, model);
        return VIEW;
    }

    @PostMapping("/{id}/punkter")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String addItem(@PathVariable Long id, @Valid @ModelAttribute("itemForm") MeetingForms.ItemForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return onPage(id, model, FormSubmission.submit(result, VIEW,
                () -> meetings.addItem(id, form.getVersion(), form.getTitle()),
                done -> back(id, redirect, "meeting.itemAdded"), response), result, response);
    }

    @PostMapping("/{id}/punkter/{paragraphId}/flytta")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String move(@PathVariable Long id, @PathVariable Long paragraphId, @RequestParam int to,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(id, model, redirect, null, response, () -> meetings.move(id, paragraphId, version, to));
    }

    @PostMapping("/{id}/punkter/{paragraphId}/ta-bort")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String remove(@PathVariable Long id, @PathVariable Long paragraphId,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(id, model, redirect, "meeting.itemRemoved", response,
                () -> meetings.removeItem(id, paragraphId, version));
    }

    @PostMapping("/{id}/punkter/{paragraphId}/myndighetsutovning")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String exerciseOfAuthority(@PathVariable Long id, @PathVariable Long paragraphId,
            @RequestParam boolean value, @RequestParam(required = false) Long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, null, response,
                () -> meetings.setExerciseOfAuthority(id, paragraphId, version, value));
    }

    @PostMapping("/{id}/punkter/{paragraphId}/anmals-igen")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String reportAgain(@PathVariable Long id, @PathVariable Long paragraphId, @RequestParam boolean value,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(id, model, redirect, null, response,
                () -> meetings.setReportAgain(id, paragraphId, version, value));
    }

    @PostMapping("/{id}/offentlig-rubrik")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String publicTitle(@PathVariable Long id, @Valid @ModelAttribute("titleForm") MeetingForms.PublicTitleForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("titleFormFor", form.getParagraphId());
        return onPage(id, model, FormSubmission.submit(result, VIEW,
                () -> meetings.setPublicTitle(id, form.getParagraphId(), form.getVersion(), form.getPublicTitle()),
                done -> back(id, redirect, "meeting.publicTitleSaved"), response), result, response);
    }

    @PostMapping("/{id}/faststall")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String setAgenda(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "meeting.agendaSet", null, () -> meetings.setAgenda(id));
    }

    @PostMapping("/{id}/kallelse-skickad")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String kallelseSent(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "meeting.kallelseSent", null, () -> meetings.sendKallelse(id));
    }

    @PostMapping("/{id}/oppna")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String open(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "meeting.opened", null, () -> meetings.open(id));
    }

    @PostMapping("/{id}/avsluta")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String close(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "meeting.closed", null, () -> meetings.close(id));
    }

    @PostMapping("/{id}/protokoll-utkastat")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String minutesDrafted(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "meeting.minutesDrafted", null, () -> meetings.minutesDrafted(id));
    }

    @PostMapping("/{id}/justering")
    @PreAuthorize(MeetingRoles.SECRETARY)
    String justering(@PathVariable Long id, @Valid @ModelAttribute("justeringForm") MeetingForms.JusteringForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String view = FormSubmission.submit(result, VIEW, () -> {
            meetings.setJustering(id, form.getVersion(),
                    form.getJusteringAt().atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime(),
                    form.getJusteringPlace());
            return id;
        }, done -> back(id, redirect, "meeting.justeringSaved"), response);
        if (response.getStatus() == HttpStatus.CONFLICT.value()) {
            // Someone else changed the meeting: the form shows the justering as it is now, not the refused one.
            // The reason stands above the agenda (onPage), not twice.
            MeetingForms.JusteringForm fresh = justeringForm(meetings.meeting(id));
            model.addAttribute("justeringForm", fresh);
            // After the form: replacing the form in the model drops the binding result that belonged to the old one.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "justeringForm",
                    new BeanPropertyBindingResult(fresh, "justeringForm"));
        }
        return onPage(id, model, view, result, response);
    }

    // --- Helpers ----------------------------------------------------------------------------------------------

    /** One agenda item as the page shows it: the title the user may see, and the link to the matter (staff). */
    record AgendaRow(Paragraph item, String title, String matterUrl) {
    }

    /**
     * A step without fields: done, or refused with the reason above the agenda (a meeting the user may not see
     * stays "not found").
     */
    private String step(Long id, Model model, RedirectAttributes redirect, String done, HttpServletResponse response,
            Runnable action) {
        try {
            action.run();
        } catch (DomainException refusal) {
            if (refusal.status() == HttpStatus.NOT_FOUND) {
                throw refusal;
            }
            // The transaction rolled back: the page as it stands, with the reason above the agenda.
            addPage(id, model);
            model.addAttribute("refusalKey", refusal.messageKey());
            model.addAttribute("refusalArguments", refusal.arguments());
            if (response != null) {
                FormSubmission.versionStatus(refusal, response);
            }
            return VIEW;
        }
        return back(id, redirect, done);
    }

    /**
     * A form's answer: a redirect when saved; otherwise the page as it stands now (read after the refused change
     * rolled back), with the form and its errors. A change made meanwhile (409, set by {@link FormSubmission}) or one
     * without a version (400) concerns the whole meeting, not a field: its reason stands above the agenda.
     */
    private String onPage(Long id, Model model, String view, BindingResult result, HttpServletResponse response) {
        if (VIEW.equals(view)) {
            result.getAllErrors().stream().filter(error -> VERSIONING.contains(error.getCode())).findFirst()
                    .ifPresent(error -> {
                        model.addAttribute("refusalKey", error.getCode());
                        model.addAttribute("refusalArguments", error.getArguments());
                        if (VERSION_REQUIRED.equals(error.getCode())) {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                        }
                    });
            addPage(id, model);
        }
        return view;
    }

    private static String back(Long id, RedirectAttributes redirect, String done) {
        if (done != null) {
            redirect.addFlashAttribute("doneKey", done);
        }
        return "redirect:/sammantraden/" + id;
    }

    private void addPage(Long id, Model model) {
        Meeting meeting = meetings.meeting(id);
        access.requireRead(meeting);
        List<Paragraph> items = meetings.paragraphs(id);
        Map<Long, MatterEntry> visible = access.visibleMatters(items);
        boolean staff = MeetingAccess.isStaff();
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", items.stream().map(item -> {
            MatterEntry matter = item.isMatter() ? visible.get(item.getMatterId()) : null;
            return new AgendaRow(item, matter != null ? item.getTitle() : item.getPublicTitle(),
                    matter != null && staff ? matter.urlNumber() : null);
        }).toList());
        model.addAttribute("waitingIn", meetings.waitingIn(id));
        boolean secretary = MeetingAccess.isSecretary();
        model.addAttribute("maySecretary", secretary);
        model.addAttribute("mayEditAgenda", secretary && meeting.isAgendaEditable());
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new MeetingForms.ItemForm());
        }
        if (!model.containsAttribute("titleForm")) {
            model.addAttribute("titleForm", new MeetingForms.PublicTitleForm());
        }
        if (!model.containsAttribute("justeringForm")) {
            model.addAttribute("justeringForm", justeringForm(meeting));
        }
    }

    /** The justering form filled with the meeting's justering as it stands. */
    private static MeetingForms.JusteringForm justeringForm(Meeting meeting) {
        MeetingForms.JusteringForm form = new MeetingForms.JusteringForm();
        if (meeting.getJusteringAt() != null) {
            form.setJusteringAt(meeting.getJusteringAt().atZoneSameInstant(WorkingDayCalendar.STOCKHOLM)
                    .toLocalDateTime());
            form.setJusteringPlace(meeting.getJusteringPlace());
        }
        return form;
    }
}

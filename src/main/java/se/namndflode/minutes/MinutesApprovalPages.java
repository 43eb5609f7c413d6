package se.namndflode.minutes;

import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.organisation.BoardComposition;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormSubmission;

/**
 * The justering page of a meeting's minutes ({@code /sammantraden/{id}/protokoll/justering}): the content's SHA-256,
 * the versions with their signatories and signatures, and the meeting's notices. The secretary names the chair and
 * the justerare, begins a correction and posts the notice; the chair and each justerare sign with their own account
 * the content they see (its hash travels with the form, so a form older than the content is refused). A refusal is
 * shown above the page and changes nothing.
 */
@Controller
@RequestMapping("/sammantraden/{id}/protokoll")
@PreAuthorize(MinutesApi.READERS)
class MinutesApprovalPages {

    static final String VIEW = "minutes/justering";

    private final MinutesApproval approval;
    private final NoticeBoard notices;
    private final Meetings meetings;
    private final Organisation organisation;

    private final MinutesDocuments documents;
    private final java.time.Clock clock;

    MinutesApprovalPages(MinutesApproval approval, NoticeBoard notices, Meetings meetings, Organisation organisation,
            MinutesDocuments documents, java.time.Clock clock) {
        this.documents = documents;
        this.clock = clock;
        this.approval = approval;
        this.notices = notices;
        this.meetings = meetings;
        this.organisation = organisation;
    }

    /** A person who may be named: a member or substitute of the board on the meeting's day. */
    record Candidate(Long personId, String name, String party, boolean member) {
    }

    @GetMapping("/justering")
    String show(@PathVariable Long id, Model model) {
        addPage(id, model);
        return VIEW;
    }

    /**
     * Names the signatories, with the meeting's version as the page showed it: when someone else changed the meeting
     * meanwhile (named other signatories) the page answers 409 with the reason and the justering as it is now;
     * nothing is saved.
     */
    @PostMapping("/justerare")
    @PreAuthorize(MinutesApi.SECRETARY)
    String signatories(@PathVariable Long id, @RequestParam(required = false) Long chairId,
            @RequestParam(required = false) List<Long> approverIds, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, model, redirect, "minutes.signatoriesSaved", response,
                () -> approval.setSignatories(id, version, chairId, approverIds));
    }

    @PostMapping("/underskrift")
    String sign(@PathVariable Long id, @RequestParam(required = false) String contentHash, Model model,
            RedirectAttributes redirect) {
        return step(id, model, redirect, "minutes.signed", () -> approval.sign(id, contentHash));
    }

    @PostMapping("/rattelse")
    @PreAuthorize(MinutesApi.SECRETARY)
    String correct(@PathVariable Long id, @RequestParam(required = false) String correction,
            @RequestParam(required = false) List<Long> paragraphIds, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "minutes.correctionStarted",
                () -> approval.correct(id, correction, paragraphIds));
    }

    @PostMapping("/anslag")
    @PreAuthorize(MinutesApi.SECRETARY)
    String post(@PathVariable Long id, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "notice.posted", () -> notices.post(id));
    }

    private String step(Long id, Model model, RedirectAttributes redirect, String done, Runnable action) {
        return step(id, model, redirect, done, null, action);
    }

    /** A step; a refusal concerning the version (409, 400) gets that status on {@code response} (when given). */
    private String step(Long id, Model model, RedirectAttributes redirect, String done, HttpServletResponse response,
            Runnable action) {
        try {
            action.run();
        } catch (DomainException refusal) {
            if (refusal.status() == HttpStatus.NOT_FOUND) {
                throw refusal;
            }
            // The transaction rolled back: the page as it stands, with the reason above it.
            addPage(id, model);
            model.addAttribute("refusalKey", refusal.messageKey());
            model.addAttribute("refusalArguments", refusal.arguments());
            if (response != null) {
                FormSubmission.versionStatus(refusal, response);
            }
            return VIEW;
        }
        redirect.addFlashAttribute("doneKey", done);
        return "redirect:/sammantraden/" + id + "/protokoll/justering";
    }

    private void addPage(Long id, Model model) {
        Meeting meeting = meetings.meeting(id);
        MinutesApproval.State state = approval.state(id);
        SignedInUser user = CurrentUser.require();
        model.addAttribute("meeting", meeting);
        model.addAttribute("state", state);
        model.addAttribute("notices", notices.ofMeeting(id));
        boolean secretary = user.hasRole(Role.SECRETARY);
        model.addAttribute("maySecretary", secretary);
        MinutesVersion current = state.current().orElse(null);
        model.addAttribute("maySign", current != null && !current.isLocked() && user.getPersonId() != null
                && current.getSignatories().stream().anyMatch(one -> one.getPersonId().equals(user.getPersonId())
                        && !state.contentHash().equals(one.getContentHash())));
        model.addAttribute("mayName", secretary && (current == null || !current.isSigningStarted()));
        model.addAttribute("mayPost", secretary && current != null && current.isLocked()
                && notices.ofMeeting(id).stream().noneMatch(notice -> current.getId().equals(
                        notice.getMinutesVersionId())));
        model.addAttribute("mayCorrect", secretary && current != null && current.isLocked());
        model.addAttribute("pastLastDay", (current == null || !current.isLocked()) && state.versions().size() <= 1
                && java.time.LocalDate.now(clock.withZone(se.namndflode.shared.time.WorkingDayCalendar.STOCKHOLM))
                        .isAfter(state.lastDay()));
        model.addAttribute("minutesTitle", documents.minutes(id).title());
        if (secretary && current != null && current.isLocked()) {
            model.addAttribute("paragraphs", meetings.paragraphs(id));
        }
        if (secretary) {
            BoardComposition composition = organisation.composition(meeting.getBoard(), meeting.getDay());
            List<Candidate> candidates = new ArrayList<>();
            for (BoardSeat seat : composition.members()) {
                candidates.add(candidate(seat, true));
            }
            for (BoardSeat seat : composition.substitutes()) {
                candidates.add(candidate(seat, false));
            }
            model.addAttribute("candidates", candidates);
        }
    }

    private static Candidate candidate(BoardSeat seat, boolean member) {
        return new Candidate(seat.getPerson().getId(), seat.getPerson().getFullName(), seat.getParty().getCode(),
                member);
    }
}

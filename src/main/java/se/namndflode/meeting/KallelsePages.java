package se.namndflode.meeting;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kallelse of a meeting: the page where the board's members and substitutes, and the secretaries, read the
 * agenda and download the kallelse as one PDF; and the secretary's sending of it. Who may read what is
 * {@link Kallelse}'s rule (a meeting of another municipality 404, others of the municipality 403).
 */
@Controller
@RequestMapping("/sammantraden/{id}")
@PreAuthorize("hasAnyRole('SECRETARY', 'POLITICIAN')")
class KallelsePages {

    static final String VIEW = "meeting/kallelse";

    private final Kallelse kallelse;
    private final Meetings meetings;

    KallelsePages(Kallelse kallelse, Meetings meetings) {
        this.kallelse = kallelse;
        this.meetings = meetings;
    }

    @GetMapping("/kallelse")
    String show(@PathVariable Long id, Model model) {
        Kallelse.View view = kallelse.view(id);
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("entries", view.entries());
        model.addAttribute("secretary", view.secretary());
        model.addAttribute("sent", view.sent());
        model.addAttribute("maySend", view.maySend());
        model.addAttribute("recipients", view.recipients());
        model.addAttribute("withoutEmail", view.withoutEmail());
        model.addAttribute("mailConfigured", view.mailConfigured());
        return VIEW;
    }

    @GetMapping("/kallelse.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        byte[] pdf = kallelse.pdf(id);
        Meeting meeting = meetings.meeting(id);
        String fileName = "Kallelse " + meeting.getBoard().getName() + " " + meeting.getDay() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @PostMapping("/kallelse/skicka")
    @PreAuthorize("hasRole('SECRETARY')")
    String send(@PathVariable Long id, RedirectAttributes redirect) {
        kallelse.send(id);
        redirect.addFlashAttribute("kallelseSent", true);
        redirect.addAttribute("id", id);
        return "redirect:/sammantraden/{id}/kallelse";
    }
}

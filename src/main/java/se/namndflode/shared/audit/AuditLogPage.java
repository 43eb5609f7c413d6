package se.namndflode.shared.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.namndflode.shared.security.CurrentUser;

/** The audit log for administrators: newest first, filtered by who and what, for their municipalities. */
@Controller
class AuditLogPage {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditLogPage(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/logg")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", audit.search(CurrentUser.municipalityCodes(), actor, entityType, page,
                PAGE_SIZE));
        model.addAttribute("actor", actor);
        model.addAttribute("entityType", entityType);
        return "audit/log";
    }
}

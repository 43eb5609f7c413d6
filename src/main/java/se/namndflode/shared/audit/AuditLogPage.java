package se.namndflode.shared.audit;

import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;

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
    private final List<ConfidentialSubjects> confidentialSubjects;

    AuditLogPage(AuditLog audit, List<ConfidentialSubjects> confidentialSubjects) {
        this.audit = audit;
        this.confidentialSubjects = confidentialSubjects;
    }

    @GetMapping("/admin/logg")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
            @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        Page<AuditEvent> events = audit.search(CurrentUser.municipalityCodes(), actor, entityType, page, PAGE_SIZE);
        model.addAttribute("events", events);
        model.addAttribute("masked", confidentialEvents(events.getContent()));
        model.addAttribute("actor", actor);
        model.addAttribute("entityType", entityType);
        return "audit/log";
    }

    /** The ids of the events about confidential matters: their details are not shown here. */
    private Set<Long> confidentialEvents(List<AuditEvent> events) {
        Set<Long> masked = new HashSet<>();
        for (ConfidentialSubjects subjects : confidentialSubjects) {
            Map<Long, List<AuditEvent>> byMatter = new HashMap<>();
            for (AuditEvent event : events) {
                Long matterId = subjects.entityTypes().contains(event.getEntityType()) ? number(event.getEntityId())
                        : null;
                if (matterId != null) {
                    byMatter.computeIfAbsent(matterId, id -> new ArrayList<>()).add(event);
                }
            }
            subjects.confidential(byMatter.keySet()).forEach(id -> byMatter.get(id).forEach(event ->
                    masked.add(event.getId())));
        }
        return masked;
    }

    private static Long number(String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException notAMatter) {
            return null;
        }
    }
}

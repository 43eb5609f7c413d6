package se.namndflode.goal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;

/**
 * The administrator's goal model page: each municipality's levels, scales, reporting periods and deployed
 * decision tables; the import of a goal model file (docs/goal-import.md) with a dry run; the upload of a new
 * version of a municipality's DMN tables, checked against its stored examples before it is deployed. A refused
 * file is reported beside the file field and changes nothing.
 */
@Controller
@RequestMapping("/admin/mal")
@PreAuthorize(GoalRoles.ADMIN)
class GoalAdminPages {

    private static final String VIEW = "goal/admin";

    private final Goals goals;
    private final GoalModelImport imports;
    private final RatingDecisions decisions;

    GoalAdminPages(Goals goals, GoalModelImport imports, RatingDecisions decisions) {
        this.goals = goals;
        this.imports = imports;
        this.decisions = decisions;
    }

    /** The upload forms: which file, a dry run, the municipality whose tables are replaced. */
    static class UploadForm {
        private boolean dryRun = true;
        private String municipality;

        public boolean isDryRun() { return dryRun; }
        public void setDryRun(boolean dryRun) { this.dryRun = dryRun; }
        public String getMunicipality() { return municipality; }
        public void setMunicipality(String municipality) { this.municipality = municipality; }
        public String getImportFile() { return null; }
        public String getDmnFile() { return null; }
    }

    record MunicipalityModel(String code, List<GoalLevel> levels, List<ReportingPeriod> periods,
            List<RatingScale> scales, List<RatingDecisions.Definition> versions) {
    }

    @GetMapping
    String page(Model model) {
        return page(model, new BeanPropertyBindingResult(new UploadForm(), "importForm"),
                new BeanPropertyBindingResult(new UploadForm(), "dmnForm"));
    }

    @PostMapping("/import")
    String importFile(@RequestParam(name = "importFile", required = false) MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Model model,
            RedirectAttributes redirect) throws IOException {
        UploadForm form = new UploadForm();
        form.setDryRun(dryRun);
        BindingResult errors = new BeanPropertyBindingResult(form, "importForm");
        if (file == null || file.isEmpty()) {
            errors.rejectValue("importFile", "validation.required");
            return page(model, errors, new BeanPropertyBindingResult(new UploadForm(), "dmnForm"));
        }
        try {
            GoalModelImport.Result result = imports.importFile(
                    imports.read(new String(file.getBytes(), StandardCharsets.UTF_8)), dryRun);
            // Flash attributes live in the shared session store: plain values only.
            redirect.addFlashAttribute("importDryRun", result.dryRun());
            redirect.addFlashAttribute("importCreated", String.valueOf(result.created()));
            redirect.addFlashAttribute("importUpdated", String.valueOf(result.updated()));
            redirect.addFlashAttribute("importProposals", result.proposals());
            return "redirect:/admin/mal";
        } catch (DomainException refusal) {
            if (refusal.status().value() == 404) {
                throw refusal;
            }
            errors.rejectValue("importFile", refusal.messageKey(), refusal.arguments(), refusal.messageKey());
            model.addAttribute("refusedAt", refusal.field());
            return page(model, errors, new BeanPropertyBindingResult(new UploadForm(), "dmnForm"));
        }
    }

    @PostMapping("/dmn")
    String deploy(@RequestParam(name = "municipality", required = false) String municipality,
            @RequestParam(name = "dmnFile", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        UploadForm form = new UploadForm();
        form.setMunicipality(municipality);
        BindingResult errors = new BeanPropertyBindingResult(form, "dmnForm");
        if (municipality == null || municipality.isBlank()) {
            errors.rejectValue("municipality", "validation.required");
        }
        if (file == null || file.isEmpty()) {
            errors.rejectValue("dmnFile", "validation.required");
        }
        if (errors.hasErrors()) {
            return page(model, new BeanPropertyBindingResult(new UploadForm(), "importForm"), errors);
        }
        try {
            Goals.checkAccess(municipality);
            RatingDecisions.Deployed deployed = decisions.deploy(municipality, file.getOriginalFilename(),
                    file.getBytes());
            redirect.addFlashAttribute("deployed", String.join(", ", deployed.definitions().stream()
                    .map(d -> d.key() + " v" + d.version()).toList()));
            return "redirect:/admin/mal";
        } catch (DomainException refusal) {
            if (refusal.status().value() == 404) {
                throw refusal;
            }
            errors.rejectValue("dmnFile", refusal.messageKey(), refusal.arguments(), refusal.messageKey());
            return page(model, new BeanPropertyBindingResult(new UploadForm(), "importForm"), errors);
        }
    }

    private String page(Model model, BindingResult importForm, BindingResult dmnForm) {
        List<String> codes = CurrentUser.municipalityCodes().stream().sorted().toList();
        model.addAttribute("models", codes.stream().map(code -> new MunicipalityModel(code, goals.levels(code),
                goals.periods(code), goals.scales(code), decisions.versions(code))).toList());
        Map<String, String> choices = new LinkedHashMap<>();
        codes.forEach(code -> choices.put(code, code));
        model.addAttribute("municipalityChoices", choices);
        model.addAttribute("importForm", importForm.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importForm", importForm);
        model.addAttribute("dmnForm", dmnForm.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "dmnForm", dmnForm);
        return VIEW;
    }
}

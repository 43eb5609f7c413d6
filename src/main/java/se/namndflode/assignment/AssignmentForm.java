package se.namndflode.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Register or change an assignment, on its page or through the API. {@code version} is the assignment's version
 * the person saw, required when changing it (missing: 400; stale, someone changed it meanwhile: 409 with the current
 * state), ignored when registering.
 */
public class AssignmentForm {

    @NotNull(message = "{validation.required}")
    @Schema(description = "Nämndens id: den nämnd vars uppdrag det är (GET /api/v1/boards)", example = "3")
    private Long boardId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Schema(description = "Uppdragets beteckning, unik i kommunen", example = "VP2026-K01")
    private String reference;

    @NotNull(message = "{validation.required}")
    private Source source;

    @Schema(description = "Budgetens eller verksamhetsplanens år; krävs utom för nämndbeslut", example = "2026")
    private Integer sourceYear;

    @Size(max = 100, message = "{validation.tooLong}")
    @Schema(description = "Nämndbeslut: ärendets diarienummer", example = "SOF 2026/14")
    private String sourceRegistryNumber;

    @Schema(description = "Nämndbeslut: protokollsparagrafens id (sammanträdesmodulen)")
    private Long sourceParagraphId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.tooLong}")
    @Schema(description = "Uppdragets exakta lydelse")
    private String text;

    @Size(max = 200, message = "{validation.tooLong}")
    @Schema(description = "Ansvarig organisation; tom: nämnden själv", example = "kommunstyrelsen")
    private String leadName;

    @Schema(description = "Slag av organisation, om den ansvariga organisationen är ny")
    private BodyKind leadKind;

    @Valid
    private List<PartnerForm> partners = new ArrayList<>();

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @Schema(description = "Målet uppdraget hör till (GET /api/v1/goals?year=...)")
    private Long goalId;

    @Size(max = 100, message = "{validation.tooLong}")
    @Schema(description = "Ansvarig persons användarnamn; tomt: en chef utser", example = "handlaggare")
    private String responsible;

    @NotNull(message = "{validation.required}")
    private Reporting reporting = Reporting.FOLLOW_UP_REPORT;

    @Schema(description = "Ändra: uppdragets version som du läste (GET /api/v1/assignments/{id}); krävs. "
            + "Har någon annan ändrat uppdraget sedan dess: 409 med läget nu i current. Ignoreras vid registrering.")
    private Long version;

    /** The form of an existing assignment, to change it. */
    public static AssignmentForm of(Assignment assignment) {
        AssignmentForm form = new AssignmentForm();
        form.boardId = assignment.getBoard().getId();
        form.reference = assignment.getReference();
        form.source = assignment.getSource();
        form.sourceYear = assignment.getSourceYear();
        form.sourceRegistryNumber = assignment.getSourceRegistryNumber();
        form.sourceParagraphId = assignment.getSourceParagraphId();
        form.text = assignment.getText();
        form.leadName = assignment.getLead() == null ? null : assignment.getLead().getName();
        form.leadKind = assignment.getLead() == null ? null : assignment.getLead().getKind();
        for (Partner partner : assignment.getPartners()) {
            PartnerForm row = new PartnerForm(partner.getBody().getName(), partner.getRelation().getCode());
            row.setKind(partner.getBody().getKind());
            form.partners.add(row);
        }
        form.startDate = assignment.getStartDate();
        form.endDate = assignment.getEndDate();
        form.goalId = assignment.getGoalId();
        form.responsible = assignment.getResponsible();
        form.reporting = assignment.getReporting();
        form.version = assignment.getVersion();
        return form;
    }

    public Long getBoardId() { return boardId; }
    public void setBoardId(Long boardId) { this.boardId = boardId; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
    public Integer getSourceYear() { return sourceYear; }
    public void setSourceYear(Integer sourceYear) { this.sourceYear = sourceYear; }
    public String getSourceRegistryNumber() { return sourceRegistryNumber; }
    public void setSourceRegistryNumber(String sourceRegistryNumber) { this.sourceRegistryNumber = sourceRegistryNumber; }
    public Long getSourceParagraphId() { return sourceParagraphId; }
    public void setSourceParagraphId(Long sourceParagraphId) { this.sourceParagraphId = sourceParagraphId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getLeadName() { return leadName; }
    public void setLeadName(String leadName) { this.leadName = leadName; }
    public BodyKind getLeadKind() { return leadKind; }
    public void setLeadKind(BodyKind leadKind) { this.leadKind = leadKind; }
    public List<PartnerForm> getPartners() { return partners; }
    public void setPartners(List<PartnerForm> partners) { this.partners = partners == null ? new ArrayList<>() : partners; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Long getGoalId() { return goalId; }
    public void setGoalId(Long goalId) { this.goalId = goalId; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public Reporting getReporting() { return reporting; }
    public void setReporting(Reporting reporting) { this.reporting = reporting; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}

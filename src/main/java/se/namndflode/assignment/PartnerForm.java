package se.namndflode.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * One partner of an assignment on its form: the organisation's name (a new name creates the organisation, of
 * {@code kind} or, without it, of the kind its name suggests) and the relation's code. A row without a name is
 * left out.
 */
public class PartnerForm {

    @Size(max = 200, message = "{validation.tooLong}")
    @Schema(example = "utbildningsnämnden")
    private String name;
    @Schema(description = "Relationens kod (GET /api/v1/assignments/relation-types)", example = "i_samrad_med")
    private String relation;
    @Schema(description = "Organisationens slag, för en ny organisation")
    private BodyKind kind;

    public PartnerForm() {
    }

    public PartnerForm(String name, String relation) {
        this.name = name;
        this.relation = relation;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public BodyKind getKind() { return kind; }
    public void setKind(BodyKind kind) { this.kind = kind; }
}

package se.namndflode.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a party. Its code is unique within the municipality. */
public class PartyForm {

    private Long id;
    private long version;

    @NotNull(message = "{validation.required}")
    private Long municipalityId;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-ZÅÄÖa-zåäö]{1,10}", message = "{party.code.format}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    public static PartyForm of(Party party) {
        PartyForm form = new PartyForm();
        form.id = party.getId();
        form.version = party.getVersion();
        form.municipalityId = party.getMunicipality().getId();
        form.code = party.getCode();
        form.name = party.getName();
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}

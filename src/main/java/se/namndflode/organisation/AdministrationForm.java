package se.namndflode.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit an administration (förvaltning) and its registry series prefix. */
public class AdministrationForm {

    private Long id;
    private long version;

    @NotNull(message = "{validation.required}")
    private Long municipalityId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-ZÅÄÖ]{2,10}", message = "{administration.registryPrefix.format}")
    private String registryPrefix;

    public static AdministrationForm of(Administration administration) {
        AdministrationForm form = new AdministrationForm();
        form.id = administration.getId();
        form.version = administration.getVersion();
        form.municipalityId = administration.getMunicipality().getId();
        form.name = administration.getName();
        form.registryPrefix = administration.getRegistryPrefix();
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegistryPrefix() { return registryPrefix; }
    public void setRegistryPrefix(String registryPrefix) { this.registryPrefix = registryPrefix; }
}

package se.namndflode.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a municipality. The code is fixed once created: it is the Camunda tenant id. */
public class MunicipalityForm {

    private Long id;
    private long version;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{municipality.code.format}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;

    public static MunicipalityForm of(Municipality municipality) {
        MunicipalityForm form = new MunicipalityForm();
        form.id = municipality.getId();
        form.version = municipality.getVersion();
        form.code = municipality.getCode();
        form.name = municipality.getName();
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}

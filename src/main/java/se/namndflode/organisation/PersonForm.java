package se.namndflode.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or edit a person (a politician who holds seats). */
public class PersonForm {

    private Long id;
    private long version;

    @NotNull(message = "{validation.required}")
    private Long municipalityId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String firstName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String lastName;

    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String email;

    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.id = person.getId();
        form.version = person.getVersion();
        form.municipalityId = person.getMunicipality().getId();
        form.firstName = person.getFirstName();
        form.lastName = person.getLastName();
        form.email = person.getEmail();
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}

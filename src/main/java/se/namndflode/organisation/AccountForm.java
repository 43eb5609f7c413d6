package se.namndflode.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import se.namndflode.shared.security.Role;

/**
 * Create or edit a user account. The password is only set on creation or when changed; it is handed to the
 * encoder and never kept in clear.
 */
public class AccountForm {

    private Long id;
    private long version;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{account.username.format}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String displayName;

    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String email;

    private Long personId;

    private boolean enabled = true;

    @NotEmpty(message = "{account.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotEmpty(message = "{account.municipalities.required}")
    private Set<Long> municipalityIds = new LinkedHashSet<>();

    /** New password; required on creation, blank on edit keeps the old one. */
    private String password;

    public static AccountForm of(UserAccount account) {
        AccountForm form = new AccountForm();
        form.id = account.getId();
        form.version = account.getVersion();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.email = account.getEmail();
        form.personId = account.getPerson() == null ? null : account.getPerson().getId();
        form.enabled = account.isEnabled();
        form.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        form.municipalityIds = new LinkedHashSet<>();
        account.getMunicipalities().forEach(m -> form.municipalityIds.add(m.getId()));
        return form;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles; }
    public Set<Long> getMunicipalityIds() { return municipalityIds; }
    public void setMunicipalityIds(Set<Long> municipalityIds) { this.municipalityIds = municipalityIds; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }

    @Override
    public String toString() {
        // Never print the password.
        return "AccountForm[username=" + username + ", roles=" + roles + "]";
    }
}

package se.namndflode.shared.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person: their roles and the municipalities (tenants) whose boards they may see. */
public class SignedInUser extends User {

    private static final long serialVersionUID = 1L;

    private final Long accountId;
    private final String displayName;
    private final TreeSet<String> municipalityCodes;
    private final Long personId;

    public SignedInUser(Long accountId, String username, String passwordHash, boolean enabled, boolean nonLocked,
            String displayName, Collection<Role> roles, Collection<String> municipalityCodes, Long personId) {
        super(username, passwordHash, enabled, true, true, nonLocked, authorities(roles));
        this.accountId = accountId;
        this.displayName = displayName;
        this.municipalityCodes = new TreeSet<>(municipalityCodes);
        this.personId = personId;
    }

    private static List<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    public Long getAccountId() { return accountId; }
    public String getDisplayName() { return displayName; }
    public Set<String> getMunicipalityCodes() { return Set.copyOf(municipalityCodes); }
    public Long getPersonId() { return personId; }

    public Set<Role> getRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    public boolean belongsTo(String municipalityCode) {
        return municipalityCodes.contains(municipalityCode);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}

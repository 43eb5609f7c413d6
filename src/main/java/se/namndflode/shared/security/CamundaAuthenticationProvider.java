package se.namndflode.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

/**
 * Tells the Camunda webapps (Cockpit, Tasklist, Admin) and the engine's REST API who is signed in to Spring
 * Security. Only administrators reach them (see {@link SecurityConfiguration}). The engine authenticates them
 * with their roles as groups and their municipalities' codes as tenant ids, and with no Camunda administrator
 * group: so the engine's tenant check limits every query and command to their municipalities (and to the
 * system's own models, which have no tenant). The webapps need the user to exist in the engine's identity
 * tables, so an administrator's entry is created there on first visit (with a random password nobody knows:
 * the application's login is the only way in); groups and tenants are never read from those tables.
 * Instantiated by class name by Camunda's filters, hence public.
 */
public class CamundaAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    /** The engine's one Camunda administrator, for the webapps' set-up check only (see {@link #ensureSetUp}). */
    static final String SETUP_USER = "Namndflode-Setup";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return CurrentUser.get()
                .filter(user -> user.hasRole(Role.ADMIN))
                .map(user -> {
                    ensureKnownToEngine(engine.getIdentityService(), user);
                    AuthenticationResult result = AuthenticationResult.successful(user.getUsername());
                    result.setGroups(groups(user));
                    result.setTenants(new ArrayList<>(user.getMunicipalityCodes()));
                    return result;
                })
                .orElseGet(AuthenticationResult::unsuccessful);
    }

    private static void ensureKnownToEngine(IdentityService identity, SignedInUser user) {
        if (identity.createUserQuery().userId(user.getUsername()).count() > 0) {
            return;
        }
        try {
            ensureSetUp(identity);
            identity.saveUser(newUser(identity, user.getUsername(), user.getDisplayName()));
        } catch (RuntimeException concurrentFirstVisit) {
            // Another request (or node) created the entry at the same moment; the entry exists either way.
            if (identity.createUserQuery().userId(user.getUsername()).count() == 0) {
                throw concurrentFirstVisit;
            }
        }
    }

    /**
     * The webapps offer to create a first Camunda administrator for as long as their group has no member. Nobody
     * acts in that group here (it would lift the tenant check), so it gets one member that no one can sign in as:
     * {@value #SETUP_USER} (the application's user names are lower case; the webapps' own login is closed).
     */
    private static void ensureSetUp(IdentityService identity) {
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda BPM Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(SETUP_USER).count() == 0) {
            identity.saveUser(newUser(identity, SETUP_USER, "Nämndflöde"));
        }
        identity.createMembership(SETUP_USER, Groups.CAMUNDA_ADMIN);
    }

    private static User newUser(IdentityService identity, String id, String name) {
        User engineUser = identity.newUser(id);
        engineUser.setFirstName(name);
        engineUser.setLastName("");
        engineUser.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
        return engineUser;
    }

    /** The groups the engine sees for a user: their roles (the candidate groups of the models are roles). */
    static List<String> groups(SignedInUser user) {
        return user.getRoles().stream().map(Role::name).sorted().toList();
    }
}

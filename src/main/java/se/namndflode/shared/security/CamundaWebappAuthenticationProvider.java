package se.namndflode.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

/**
 * Tells the Camunda webapps who is signed in to Spring Security. Only administrators reach the webapps
 * (see {@link SecurityConfiguration}); they act as members of Camunda's admin group, with their
 * municipalities as tenants. The webapps need the user to exist in the engine's identity tables, so an
 * administrator's entry is created there on first visit (with a random password nobody knows: the
 * application's login is the only way in). Instantiated by class name by Camunda's filter, hence public.
 */
public class CamundaWebappAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return CurrentUser.get()
                .filter(user -> user.hasRole(Role.ADMIN))
                .map(user -> {
                    ensureKnownToEngine(engine.getIdentityService(), user);
                    AuthenticationResult result = AuthenticationResult.successful(user.getUsername());
                    result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
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
            if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
                Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
                group.setName("Camunda BPM Administrators");
                group.setType("SYSTEM");
                identity.saveGroup(group);
            }
            User engineUser = identity.newUser(user.getUsername());
            engineUser.setFirstName(user.getDisplayName());
            engineUser.setLastName("");
            engineUser.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            identity.saveUser(engineUser);
            identity.createMembership(user.getUsername(), CAMUNDA_ADMIN_GROUP);
        } catch (RuntimeException concurrentFirstVisit) {
            // Another request (or node) created the entry at the same moment; the entry exists either way.
            if (identity.createUserQuery().userId(user.getUsername()).count() == 0) {
                throw concurrentFirstVisit;
            }
        }
    }
}

package se.namndflode.shared.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on this request, and which municipalities' boards they may see. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; fails when there is none (a page behind login). */
    public static SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The municipalities the signed-in user belongs to; empty when nobody is signed in. */
    public static Set<String> municipalityCodes() {
        return get().map(SignedInUser::getMunicipalityCodes).orElse(Set.of());
    }
}

package se.namndflode.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.SignedInUser;

/** Puts the signed-in user on every page's model, for the layout's header and navigation. */
@ControllerAdvice
class CurrentUserModel {

    @ModelAttribute("me")
    SignedInUser me() {
        return CurrentUser.get().orElse(null);
    }
}

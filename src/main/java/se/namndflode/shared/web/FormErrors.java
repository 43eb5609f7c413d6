package se.namndflode.shared.web;

import org.springframework.validation.BindingResult;

/** Puts a refused domain rule next to the form field it concerns (or at the top of the form). */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult form, DomainException refusal) {
        // A nested field ("document.file": the registration form's first document) is found by its path.
        if (refusal.field() != null && form.getTarget() != null
                && new org.springframework.beans.BeanWrapperImpl(form.getTarget()).isReadableProperty(refusal.field())) {
            form.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        } else {
            form.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
        }
    }
}

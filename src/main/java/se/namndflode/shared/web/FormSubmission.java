package se.namndflode.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * The one way a form is saved: field validation first, then the domain action in its transaction. A refusal
 * is shown next to its field (or above the form) and, since the transaction rolled back, nothing was saved.
 * A record that does not exist, or that the user may not see, is no mistake on the form: that refusal goes on
 * to the not-found page.
 */
public final class FormSubmission {

    private static final String CONCURRENT_CHANGE = "concurrent-change";
    private static final String VERSION_REQUIRED = "version-required";

    private FormSubmission() {
    }

    /**
     * Gives a page that shows a refused change the status the API answers when the change concerned the record's
     * version: 409 for a change made meanwhile ({@link DomainException#changedMeanwhile}), 400 for one without a
     * version ({@link DomainException#versionRequired}). Other refusals keep the page's status.
     */
    public static void versionStatus(DomainException refusal, HttpServletResponse response) {
        if (CONCURRENT_CHANGE.equals(refusal.code()) || VERSION_REQUIRED.equals(refusal.code())) {
            response.setStatus(refusal.status().value());
        }
    }

    public static <T> String submit(BindingResult form, String formView, Supplier<T> action,
            Function<T, String> onSuccess) {
        return submit(form, formView, action, onSuccess, null);
    }

    /**
     * As {@link #submit(BindingResult, String, Supplier, Function)}, answering a change made meanwhile (a stale
     * version, {@link DomainException#changedMeanwhile}, or an optimistic lock) with status 409 on {@code response}:
     * the form comes back with the reason, and the page shows the record as it is now. Other refusals keep the
     * form's status, as before.
     */
    public static <T> String submit(BindingResult form, String formView, Supplier<T> action,
            Function<T, String> onSuccess, HttpServletResponse response) {
        if (form.hasErrors()) {
            return formView;
        }
        T saved;
        try {
            saved = action.get();
        } catch (DomainException refusal) {
            if (refusal.status() == HttpStatus.NOT_FOUND) {
                throw refusal;
            }
            FormErrors.reject(form, refusal);
            if (response != null && CONCURRENT_CHANGE.equals(refusal.code())) {
                response.setStatus(HttpStatus.CONFLICT.value());
            }
            return formView;
        } catch (OptimisticLockingFailureException | OptimisticLockingException concurrentChange) {
            form.reject("problem.concurrent-change");
            if (response != null) {
                response.setStatus(HttpStatus.CONFLICT.value());
            }
            return formView;
        }
        return onSuccess.apply(saved);
    }
}

package se.namndflode.shared.web;

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

    private FormSubmission() {
    }

    public static <T> String submit(BindingResult form, String formView, Supplier<T> action,
            Function<T, String> onSuccess) {
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
            return formView;
        } catch (OptimisticLockingFailureException | OptimisticLockingException concurrentChange) {
            form.reject("problem.concurrent-change");
            return formView;
        }
        return onSuccess.apply(saved);
    }
}

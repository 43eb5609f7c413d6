package se.namndflode.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on HTML pages become a readable page with the reason, in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException refusal, HttpServletResponse response) {
        return refused(response, refusal.status().value(), refusal.messageKey(), refusal.arguments());
    }

    /** A change that met another one (JPA's or the process engine's optimistic lock) outside a form. */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ModelAndView concurrentChange(HttpServletResponse response) {
        return refused(response, 409, "problem.concurrent-change");
    }

    /**
     * An upload larger than the configured limit (the container refused it before any form was bound): the page
     * that says so, with the limit and a way back ({@link UploadLimit}).
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(413);
        ModelAndView page = new ModelAndView("error/413");
        page.addObject(UploadLimit.LIMIT, request.getAttribute(UploadLimit.LIMIT));
        page.addObject(UploadLimit.BACK, request.getAttribute(UploadLimit.BACK));
        return page;
    }

    /**
     * A query, form or path parameter the page cannot take ({@code /oversikt?days=abc}, {@code ?days=-5},
     * {@code ?page=-1}, a missing one): 400 with the refusal page naming the parameter and what it takes, never the
     * page of an unexpected error. Nothing was done: the controller did not run.
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class})
    ModelAndView badParameter(Exception exception, HttpServletResponse response) {
        ParameterRefusal refusal = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? ParameterRefusal.of(mismatch)
                : exception instanceof MissingServletRequestParameterException missing ? ParameterRefusal.of(missing)
                : ParameterRefusal.of((HandlerMethodValidationException) exception);
        return refusal == null ? refused(response, 400, "problem.status.400", new Object[0])
                : refused(response, 400, refusal.messageKey(), refusal.arguments());
    }

    private static ModelAndView refused(HttpServletResponse response, int status, String messageKey) {
        return refused(response, status, messageKey, new Object[0]);
    }

    private static ModelAndView refused(HttpServletResponse response, int status, String messageKey,
            Object[] arguments) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error/refused");
        page.addObject("messageKey", messageKey);
        page.addObject("arguments", arguments);
        page.addObject("status", status);
        return page;
    }
}

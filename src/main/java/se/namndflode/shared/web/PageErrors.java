package se.namndflode.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on HTML pages become a readable page with the reason, in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException refusal, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        ModelAndView page = new ModelAndView("error/refused");
        page.addObject("messageKey", refusal.messageKey());
        page.addObject("arguments", refusal.arguments());
        page.addObject("status", refusal.status().value());
        return page;
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

    private static ModelAndView refused(HttpServletResponse response, int status, String messageKey) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error/refused");
        page.addObject("messageKey", messageKey);
        page.addObject("arguments", new Object[0]);
        page.addObject("status", status);
        return page;
    }
}

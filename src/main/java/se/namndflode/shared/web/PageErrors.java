package se.namndflode.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentChange(HttpServletResponse response) {
        response.setStatus(409);
        ModelAndView page = new ModelAndView("error/refused");
        page.addObject("messageKey", "problem.concurrent-change");
        page.addObject("arguments", new Object[0]);
        page.addObject("status", 409);
        return page;
    }
}

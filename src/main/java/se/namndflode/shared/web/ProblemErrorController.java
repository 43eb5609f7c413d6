package se.namndflode.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.error.AbstractErrorController;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's error dispatch answers when no controller did: an unknown path, a method or media
 * type the endpoint does not take, a failure in a filter. The JSON API ({@code /api/...}, {@code *.json}, the
 * engine's REST API) gets an RFC 9457 problem with a Swedish {@code detail}, never Spring's default JSON (which would
 * tell a caller about the server's internals); every other address is a page, and a page is answered by a page —
 * Spring Boot's error views ({@code templates/error/<status>.html}, {@code 4xx.html}, {@code error.html}) — whatever
 * the caller's {@code Accept} says (a link followed by a crawler or {@code curl} sends none for HTML).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends AbstractErrorController {

    private final MessageSource messages;

    ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers,
            MessageSource messages) {
        super(errorAttributes, errorViewResolvers);
        this.messages = messages;
    }

    /** A problem ({@code ResponseEntity}) for the API, an error page ({@code ModelAndView}) for everything else. */
    @RequestMapping
    public Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = getStatus(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri && !isApi(uri.substring(Math.min(uri.length(),
                request.getContextPath().length())))) {
            Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
            response.setStatus(status.value());
            ModelAndView page = resolveErrorView(request, response, status, model);
            return page != null ? page : new ModelAndView("error", model, status);
        }
        ProblemDetail problem = status == HttpStatus.PAYLOAD_TOO_LARGE && UploadLimit.exceeded(request)
                ? ApiProblems.tooLarge(messages, (String) request.getAttribute(UploadLimit.LIMIT))
                : ApiProblems.statusProblem(messages, status);
        if (path instanceof String uri) {
            problem.setInstance(java.net.URI.create(uri.replace(" ", "%20")));
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The JSON API's addresses: the project's {@code /api/...} and JSON feeds, the engine's and webapps' APIs. */
    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.endsWith(".json") || path.startsWith("/engine-rest/")
                || path.startsWith("/camunda/api/");
    }
}

package se.namndflode.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container's error dispatch answers when no controller did: an unknown API path, a method or
 * media type the endpoint does not take, a failure in a filter. Pages keep Spring Boot's error views
 * ({@code templates/error/...}); everything else — the JSON API — gets an RFC 9457 problem with a Swedish
 * {@code detail}, never Spring's default JSON (which would tell a caller about the server's internals).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;

    ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
            List<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
        super(errorAttributes, server.getError(), errorViewResolvers);
        this.messages = messages;
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        ProblemDetail problem = status == HttpStatus.PAYLOAD_TOO_LARGE && UploadLimit.exceeded(request)
                ? ApiProblems.tooLarge(messages, (String) request.getAttribute(UploadLimit.LIMIT))
                : ApiProblems.statusProblem(messages, status);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
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
}

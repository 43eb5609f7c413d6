package se.namndflode.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An upload over the size limit (the servlet container's multipart limits, {@link MultipartConfigElement}) is
 * answered with a clear "file too large" and status 413 — a page with the limit and a way back, or an RFC 9457
 * problem {@code too-large} — and changes nothing.
 *
 * <p>Why this needs care: the CSRF token of a form travels in the form's body (never in its URL, OWASP ASVS
 * V3.1.1). When the container refuses a body over the limit it parses no part of it, so Spring Security's CSRF
 * check finds no token and the user would be told "no permission" (403) for a file that is merely too large.
 * So the body is parsed here, before Spring Security's filter chain ({@link ParseUploadsFirst}); a refusal for
 * size is remembered on the request ({@link #exceeded}). Then:
 * <ul>
 * <li>the CSRF check still refuses the request (the token cannot be read, and nothing is done), but the refusal
 * of a signed-in user's over-large upload is answered 413 instead of 403 (the security configuration's access
 * denied handler asks {@link #exceeded}); an anonymous caller gets what any request without a token gets;</li>
 * <li>a request whose token came in a header (the JSON API) passes the CSRF check and the endpoint's role check
 * ({@code AuthorizeBeforeBinding}), and is then refused 413 before anything is bound ({@link #interceptor()}).</li>
 * </ul>
 * The Camunda webapps and the engine's REST API read their own uploads and are left alone.
 */
@Configuration(proxyBeanMethods = false)
public class UploadLimit {

    /** Request attribute: the upload was over the limit (Boolean.TRUE). */
    static final String EXCEEDED = UploadLimit.class.getName() + ".EXCEEDED";
    /** Request attribute for the error page: the file size limit as people write it ({@code 20 MB}). */
    static final String LIMIT = "uploadLimit";
    /** Request attribute for the error page: the page the upload came from, if it is one of ours. */
    static final String BACK = "uploadBack";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the request's upload was refused for its size. */
    public static boolean exceeded(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(EXCEEDED));
    }

    /** Runs just before Spring Security's filter chain, on every request that reaches the application. */
    @Bean
    FilterRegistrationBean<ParseUploadsFirst> parseUploadsFirst(ObjectProvider<MultipartConfigElement> limits) {
        FilterRegistrationBean<ParseUploadsFirst> registration = new FilterRegistrationBean<>(
                new ParseUploadsFirst(limits));
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** For the MVC chain, after the role check: an over-large upload that got this far is refused with 413. */
    static HandlerInterceptor interceptor() {
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // Not on the error dispatch that renders a refusal of the same request.
                if (exceeded(request) && request.getDispatcherType() != DispatcherType.ERROR) {
                    throw new MaxUploadSizeExceededException(-1);
                }
                return true;
            }
        };
    }

    /**
     * Answers the request with the refusal for size: for the JSON API an RFC 9457 problem {@code too-large}
     * written here, for pages the container's error page for 413 ({@code templates/error/413.html}: the limit and
     * a way back to the page the upload came from).
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, MessageSource messages)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        ProblemDetail problem = ApiProblems.tooLarge(messages, (String) request.getAttribute(LIMIT));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", path);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    /** Parses a multipart body before anything else reads it, and remembers a refusal for size. */
    static final class ParseUploadsFirst extends OncePerRequestFilter {

        private final ObjectProvider<MultipartConfigElement> limits;

        ParseUploadsFirst(ObjectProvider<MultipartConfigElement> limits) {
            this.limits = limits;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String contentType = request.getContentType();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                    || path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                // Parsed once: the container keeps the parts, or the reason it refused them, for later readers.
                request.getParts();
            } catch (IllegalStateException refused) {
                // The container's refusal for size (Servlet 6: "larger than maxRequestSize, or any Part larger
                // than maxFileSize"); it also says so when the servlet takes no uploads, which has no cause.
                if (refused.getCause() != null) {
                    request.setAttribute(EXCEEDED, Boolean.TRUE);
                    request.setAttribute(LIMIT, readable(limits.getIfAvailable()));
                    request.setAttribute(BACK, back(request));
                }
            } catch (IOException | ServletException malformed) {
                // A broken body: left to the endpoint, which refuses it as a bad request.
            }
            chain.doFilter(request, response);
        }
    }

    /** The file size limit as people write it: {@code 20 MB}, {@code 512 kB}; null when there is none. */
    static String readable(MultipartConfigElement limits) {
        return limits == null || limits.getMaxFileSize() <= 0 ? null : readable(limits.getMaxFileSize());
    }

    /** A size in bytes as people write it: whole megabytes as {@code 20 MB}, anything else in {@code kB}. */
    public static String readable(long bytes) {
        long megabyte = 1024 * 1024;
        return bytes % megabyte == 0 ? bytes / megabyte + " MB" : String.format(SWEDISH, "%,d kB", bytes / 1024);
    }

    /** The page the upload was sent from (the Referer), if it is a page of this application; otherwise null. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            boolean ours = request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == (from.getPort() != -1 ? from.getPort()
                            : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80);
            String path = from.getRawPath();
            return ours && path != null && path.startsWith(request.getContextPath() + "/")
                    && !path.startsWith("//") ? path : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}

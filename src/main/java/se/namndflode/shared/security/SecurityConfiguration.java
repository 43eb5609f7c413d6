package se.namndflode.shared.security;

import jakarta.servlet.Filter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import se.namndflode.shared.web.UploadLimit;

/**
 * Who may reach what. Every page and endpoint needs a role; the Camunda webapps and the engine's REST API
 * reuse the application's accounts and are for administrators only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_ASSETS = {"/css/**", "/js/**", "/img/**", "/favicon.ico", "/webjars/**"};

    /**
     * Matches the whole path, whichever servlet serves it: the Camunda webapps and REST API are servlets of
     * their own, outside Spring MVC's dispatcher.
     */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Passwords are stored as bcrypt hashes ({@code {bcrypt}$2a$...}), never in clear. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The engine's REST API: HTTP Basic with the application's accounts, no session, admins only. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.realmName("Namndflode"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::applicationHeaders)
                // Stateless Basic authentication carries no ambient credential a forged request could ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The application, its JSON API and the Camunda webapps: one form login, one session. */
    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, MessageSource messages) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(PUBLIC_ASSETS).permitAll()
                    .requestMatchers("/login", "/error").permitAll()
                    // The digital anslagstavla is public (KL 8 kap. 12 §): its pages, its feeds, reading only.
                    .requestMatchers(HttpMethod.GET, "/anslagstavla", "/anslagstavla/*", "/anslagstavla.json",
                            "/anslagstavla.atom", "/anslagstavla/*/protokoll", "/anslagstavla/*/protokoll.pdf",
                            "/api/v1/notices", "/api/v1/notices/*").permitAll()
                    // The webapps' own login would authenticate from the engine's identity tables, with their
                    // groups and tenants; the application's sign-in is the only way in.
                    .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                    .requestMatchers(path("/camunda/**"), path("/admin/**")).hasRole(Role.ADMIN.name());
            for (Role role : Role.values()) {
                requests.requestMatchers("/start/" + role.startPage()).hasRole(role.name());
            }
            requests.anyRequest().hasAnyRole(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
        });
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error")
                .permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        // The Camunda webapps protect their own API with a double-submit token (their CsrfPreventionFilter).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")));
        // The JSON API answers 401 instead of redirecting to the login page.
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(path("/api/**"), unauthorizedProblem(messages));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(uploadTooLargeOr(messages, csrfProblemOr(messages, new AccessDeniedHandlerImpl()))));
        http.headers(SecurityConfiguration::applicationHeaders);
        // A request is saved for after the login only for pages: an anonymous API call must not leave a session.
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(new NegatedRequestMatcher(path("/api/**")));
        http.requestCache(cache -> cache.requestCache(pagesOnly));
        return http.build();
    }

    /**
     * The headers OWASP ASVS level 2 asks for (V14.4) on every page, API answer and file: a Content-Security-
     * Policy that allows only the application's own scripts, styles, fonts and images (no inline script, no
     * other origin); a Referrer-Policy that keeps diarienummer in our URLs from leaking to other sites; frames
     * only from the same origin; no MIME sniffing; HSTS for a year on HTTPS (behind a proxy, once the proxy's
     * X-Forwarded-Proto says https: {@code server.forward-headers-strategy}). The Camunda webapps set their own
     * CSP (their HeaderSecurityFilter), so ours stays off their paths; a response that sets a CSP of its own
     * (the staff report's HTML view) keeps it.
     */
    static void applicationHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                        path("/camunda/**")), new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }

    /** The application's own pages: everything from the same origin, nothing inline, no plug-ins, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    /**
     * A signed-in user's upload over the size limit is refused for its size (413: a page or problem saying so,
     * {@code UploadLimit}), not for its CSRF token: the container refused the body, so the token in it was never
     * read. It is still refused — nothing is done — only the reason given is the true one. Every other refusal,
     * and an anonymous caller's, is {@code otherwise}'s (403).
     */
    static AccessDeniedHandler uploadTooLargeOr(MessageSource messages, AccessDeniedHandler otherwise) {
        return (request, response, denied) -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (denied instanceof CsrfException && UploadLimit.exceeded(request) && user != null
                    && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
                UploadLimit.refuse(request, response, messages);
            } else {
                otherwise.handle(request, response, denied);
            }
        };
    }

    /**
     * An API write without a valid CSRF token ({@code CsrfException}: missing, or not the session's) is refused
     * 403 with a problem of its own ({@code csrf-missing}) that says so and how to send it — the token of the
     * page's {@code <meta name="_csrf">} in the header its {@code <meta name="_csrf_header">} names
     * ({@code X-CSRF-TOKEN}) — not as "no permission", which hides the cause. Pages and other refusals are
     * {@code otherwise}'s.
     */
    static AccessDeniedHandler csrfProblemOr(MessageSource messages, AccessDeniedHandler otherwise) {
        RequestMatcher api = path("/api/**");
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && api.matches(request)) {
                String detail = messages.getMessage("problem.csrf-missing", null,
                        java.util.Locale.forLanguageTag("sv-SE"));
                writeProblem(response, HttpStatus.FORBIDDEN, "csrf-missing", detail);
            } else {
                otherwise.handle(request, response, denied);
            }
        };
    }

    private static void writeProblem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
            String code, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"https://namndflode.se/problem/" + code + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /** An unauthenticated API call: 401 with an RFC 9457 problem, like every other refusal of the API. */
    static AuthenticationEntryPoint unauthorizedProblem(MessageSource messages) {
        return (request, response, exception) -> {
            String detail = messages.getMessage("problem.status.401", null, "Du måste logga in.",
                    java.util.Locale.forLanguageTag("sv-SE"));
            writeProblem(response, HttpStatus.UNAUTHORIZED, "status-401", detail);
        };
    }

    /**
     * Hands the Spring Security login to the Camunda webapps (Cockpit, Tasklist, Admin), so they need no
     * login of their own. Runs after Spring Security's filter chain.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        return engineAuthentication(new ContainerBasedAuthenticationFilter(), "/camunda/*");
    }

    /**
     * Authenticates each engine REST request to the engine (user, roles as groups, municipalities as tenants), so
     * that the engine's tenant check limits what an administrator reads and changes to their municipalities.
     * Runs after Spring Security's filter chain, which has checked the HTTP Basic credentials and the role.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        return engineAuthentication(new ProcessEngineAuthenticationFilter(), "/engine-rest/*");
    }

    /** One of Camunda's filters, after Spring Security's, with the project's authentication provider. */
    private static <F extends Filter> FilterRegistrationBean<F> engineAuthentication(F filter, String urlPattern) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setInitParameters(Map.of("authentication-provider",
                CamundaAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(urlPattern);
        registration.setOrder(101);
        return registration;
    }
}

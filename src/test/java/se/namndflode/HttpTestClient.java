package se.namndflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for tests that go through the real server (the Camunda servlets, several nodes): keeps
 * cookies, follows no redirects, signs in through the login form with its CSRF token.
 */
public final class HttpTestClient {

    public static final String DEMO_PASSWORD = "namndflode";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(String url, String form, String... headers) throws Exception {
        return post(url, "application/x-www-form-urlencoded", form, headers);
    }

    public HttpResponse<String> postJson(String url, String json, String... headers) throws Exception {
        return post(url, "application/json", json, headers);
    }

    private HttpResponse<String> post(String url, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request: method, body (may be null) with its content type, and headers. */
    public HttpResponse<String> send(String method, String url, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with a body of bytes (e.g. a multipart upload built by {@link Multipart}). */
    public HttpResponse<String> postBytes(String url, String contentType, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data body, its parts in the order added (as a browser sends a form's fields). */
    public static final class Multipart {

        private final String boundary = "----namndflode" + System.nanoTime();
        private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();

        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        public Multipart file(String name, String fileName, String contentType, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        public byte[] bytes() {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Signs in at {@code baseUrl} and checks that the login was accepted. */
    public void signIn(String baseUrl, String username) throws Exception {
        String form = "username=" + username + "&password=" + DEMO_PASSWORD + "&_csrf="
                + encode(csrfToken(get(baseUrl + "/login").body()));
        HttpResponse<String> response = postForm(baseUrl + "/login", form);
        assertThat(response.headers().firstValue("Location")).hasValue(baseUrl + "/");
    }

    /** The value of the session cookie this client holds. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .findFirst().orElseThrow().getValue();
    }

    /** The CSRF token of a page: from the login form's hidden field or the layout's meta tag. */
    public static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.anslag.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One "browser" for black-box tests: java.net.http without redirects followed, with its own
 * cookie jar. Cookies are kept whatever their Secure flag, as Chromium does for
 * http://localhost, so the server can keep its production cookie settings in the tests.
 * Every Set-Cookie header seen is kept for assertions on the cookie attributes.
 * <p>
 * With its Content-Security-Policy on, PrimeFaces refuses a form posted without the nonce of the
 * page it came from (its script adds the field in a browser), so the client remembers each page's
 * nonce by its view state and adds it to a form it posts, as the browser would.
 */
public final class WebClient {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]*)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"jakarta\\.faces\\.ViewState\"");

    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    static final String NONCE_FIELD = "primefaces.nonce";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieHeaders = new ArrayList<>();
    private final Map<String, String> nonceByViewState = new java.util.HashMap<>();

    /** @param base the application's root, e.g. http://localhost:8080/anslag/ */
    public WebClient(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET with extra headers (e.g. Accept: application/json for the REST API). */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::setHeader);
        return send(request);
    }

    /** A GET whose body is a file (a workbook, a PDF), as bytes; any Accept, as a browser saving a download sends. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the fields form-encoded, in the order given. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        String nonce = nonceByViewState.get(fields.get("jakarta.faces.ViewState"));
        if (nonce != null) {
            form.putIfAbsent(NONCE_FIELD, nonce);
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Submits the form {@code formId} of a page as its button would: the form's hidden fields,
     * then the given fields, the button and the page's view state.
     */
    public HttpResponse<String> submit(String pageHtml, String formId, Map<String, String> fields, String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        Matcher hidden = HIDDEN.matcher(Html.element(pageHtml, formId, "form"));
        while (hidden.find()) {
            if (hidden.group(1).startsWith(formId + ":")) {
                form.put(hidden.group(1), Html.unescape(hidden.group(2)));
            }
        }
        form.putAll(fields);
        form.put(button, "");
        form.put("jakarta.faces.ViewState", viewState(pageHtml));
        return post(formAction(pageHtml, formId).orElseThrow(), form);
    }

    /**
     * Asks a picker (a PrimeFaces autocomplete in form {@code formId} of the page) for its
     * suggestions as the browser does while one types, and returns the value the suggestion with
     * this label posts: what a form without a browser sends in {@code pickerId + "_hinput"}.
     */
    public String suggestion(String pageHtml, String formId, String pickerId, String typed, String label) {
        Map<String, String> ask = new LinkedHashMap<>();
        ask.put("jakarta.faces.partial.ajax", "true");
        ask.put("jakarta.faces.source", pickerId);
        ask.put("jakarta.faces.partial.execute", pickerId);
        ask.put("jakarta.faces.partial.render", pickerId);
        ask.put(formId, formId);
        ask.put(pickerId + "_query", typed);
        ask.put("jakarta.faces.ViewState", viewState(pageHtml));
        String answer = post(formAction(pageHtml, formId).orElseThrow(), ask).body();
        Matcher item = Pattern.compile("<li[^>]*ui-autocomplete-item[^>]*>").matcher(answer);
        List<String> offered = new ArrayList<>();
        while (item.find()) {
            String itemLabel = Html.unescape(attribute(item.group(), "data-item-label"));
            if (itemLabel.equals(label)) {
                return attribute(item.group(), "data-item-value");
            }
            offered.add(itemLabel);
        }
        throw new IllegalStateException("'" + typed + "' in " + pickerId + " did not suggest " + label + " but " + offered
                + "\n" + abbreviate(answer));
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : "";
    }

    /** Submits a multipart form as its button would, with one file (name and content) in {@code fileField}. */
    public HttpResponse<String> upload(String pageHtml, String formId, String fileField, String fileName, byte[] content,
                                       String button) {
        String boundary = "----anslag-it-" + System.nanoTime();
        String viewState = viewState(pageHtml);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put(button, "");
        fields.put("jakarta.faces.ViewState", viewState);
        if (nonceByViewState.containsKey(viewState)) {
            fields.put(NONCE_FIELD, nonceByViewState.get(viewState));
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return postBody(formAction(pageHtml, formId).orElseThrow(), "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), Map.of());
    }

    /** Posts a body of the given type, with extra headers (e.g. X-Requested-By for the REST API). */
    public HttpResponse<String> postBody(String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::setHeader);
        return send(request);
    }

    /**
     * Signs in through the JSF login form (GET the page for its view state, then post it).
     * Returns the answer to the post: 302 to index.xhtml on success.
     */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("login.xhtml");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("login.xhtml answered " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        return post(formAction(page.body(), "login").orElse("login.xhtml"), form);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The Set-Cookie headers seen so far for the cookie, oldest first. */
    public List<String> setCookieHeaders(String name) {
        return setCookieHeaders.stream().filter(h -> h.startsWith(name + "=")).toList();
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no jakarta.faces.ViewState in the page:\n" + abbreviate(html));
        }
        return Html.unescape(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    /** The action attribute of the form with the given id, relative to the application root. */
    public Optional<String> formAction(String html, String formId) {
        Matcher form = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(html);
        if (!form.find()) {
            return Optional.empty();
        }
        Matcher action = Pattern.compile("\\baction=\"([^\"]*)\"").matcher(form.group());
        if (!action.find()) {
            return Optional.empty();
        }
        URI target = base.resolve(Html.unescape(action.group(1)));
        String relative = base.relativize(target).toString();
        return Optional.of(relative);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", "sv-SE,sv;q=0.9");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            rememberNonce(response.body());
            for (String header : response.headers().allValues("Set-Cookie")) {
                setCookieHeaders.add(header);
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
                    if (expired) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void rememberNonce(String html) {
        Matcher nonce = CSP_NONCE.matcher(html);
        Matcher viewState = VIEW_STATE.matcher(html);
        if (nonce.find() && viewState.find()) {
            String state = Html.unescape(viewState.group(1) != null ? viewState.group(1) : viewState.group(2));
            nonceByViewState.put(state, nonce.group(1).replace("\\/", "/"));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }
}

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One demo user signed in to the product through the real flow (application, Keycloak's login page,
 * Liberty's OIDC redirect), with their own cookies and HTTP client; shared by the benchmarks and the
 * two-server tests (liberty/cluster). JDK only (Java 17); compiled with each by its script.
 */
public class Session {

    public static final String PASSWORD = "Demo-2026!";
    static final Pattern PARTNERSHIP = Pattern.compile("id=\"partnership-name\"[^>]*>([^<]*)<");
    static final Pattern KC_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    public static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

    /** A demo user and the partnership their pages must show. */
    public record Person(String username, String partnership) {}

    /** A request that did not do what it should: the benchmark counts it as an error. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        public Failure(String message) {
            super(message);
        }
    }

    public final Person person;
    public final HttpClient http;

    public Session(Person person) {
        this.person = person;
        // Redirects are followed by hand (see follow): every hop is visible and checked.
        this.http = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A client of no one: for health checks and the demo mail server's API. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * A CookieManager that behaves like a browser on localhost. Keycloak marks its cookies Secure
     * (AUTH_SESSION_ID, KC_RESTART, ...); browsers treat http://localhost as a secure context and
     * send them, java.net.CookieManager does not. It also sends RFC 2965 style "$Path" attributes
     * for Keycloak's Version=1 cookies, so the Cookie header is written here as plain name=value
     * pairs. Storage, domain and expiry stay the CookieManager's.
     */
    static final class LoopbackCookies extends CookieHandler {
        final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            manager.put(uri, headers);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            boolean loopback = "localhost".equalsIgnoreCase(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            URI lookup = uri;
            if (loopback && "http".equalsIgnoreCase(uri.getScheme())) {
                lookup = URI.create("https" + uri.toString().substring(4));
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            List<String> pairs = new ArrayList<>();
            for (HttpCookie c : manager.getCookieStore().get(lookup)) {
                String cookiePath = c.getPath() == null ? "/" : c.getPath();
                boolean pathMatches = path.equals(cookiePath)
                        || path.startsWith(cookiePath.endsWith("/") ? cookiePath : cookiePath + "/");
                if (!c.hasExpired() && pathMatches) {
                    pairs.add(c.getName() + "=" + c.getValue());
                }
            }
            return pairs.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", pairs)));
        }
    }

    /** The real sign-in: application -> Keycloak's login page -> Liberty's OIDC redirect -> the page. */
    public void signIn(String base) throws Exception {
        checkTenant(logIn(base), "sign-in");
    }

    /** Signs a platform administrator in: they land on the platform's pages, with no partnership. */
    public void signInToPlatform(String base) throws Exception {
        HttpResponse<String> landed = logIn(base);
        if (!landed.body().contains("id=\"platform-name\"")) {
            throw new Failure("sign-in of " + person.username() + " did not land on the platform's pages: " + landed.uri());
        }
    }

    /** The real flow: the application sends to Keycloak's login form, which sends back signed in. */
    private HttpResponse<String> logIn(String base) throws Exception {
        HttpResponse<String> page = follow(get(base + "/index.xhtml"));
        Matcher form = KC_FORM.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new Failure("no Keycloak login form for " + person.username() + " at " + page.uri()
                    + " (status " + page.statusCode() + ")");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new Failure("Keycloak login form without action");
        }
        URI target = page.uri().resolve(unescapeHtml(action.group(1)));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", person.username());
        fields.put("password", PASSWORD);
        fields.put("credentialId", "");
        fields.put("login", "Sign In");
        HttpResponse<String> landed = follow(post(target, fields));
        if (landed.statusCode() != 200) {
            throw new Failure("sign-in of " + person.username() + " ended with status " + landed.statusCode()
                    + " at " + landed.uri());
        }
        return landed;
    }

    static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"", Pattern.DOTALL);
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    /**
     * A Faces form of a page as a browser would send it: where it posts, and the fields every postback
     * carries (the form's own marker, its view state, and the PrimeFaces CSP nonce without which the
     * server refuses the post). The caller adds the form's own fields and its button.
     */
    public record FacesForm(URI action, Map<String, String> fields) {

        public static FacesForm of(HttpResponse<String> page, String formId) throws Failure {
            String html = page.body();
            Matcher formTag = Pattern.compile("<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*>", Pattern.DOTALL)
                    .matcher(html);
            if (!formTag.find()) {
                throw new Failure(page.uri() + " has no form id=\"" + formId + "\"");
            }
            Matcher action = ACTION.matcher(formTag.group());
            Matcher viewState = VIEW_STATE.matcher(html);
            Matcher nonce = NONCE.matcher(html);
            if (!action.find() || !viewState.find(formTag.end()) || !nonce.find()) {
                throw new Failure(page.uri() + ": no form action, view state or CSP nonce for " + formId);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(formId, formId);
            fields.put(formId + "_SUBMIT", "1");
            fields.put("jakarta.faces.ViewState", unescapeHtml(viewState.group(1)));
            fields.put("primefaces.nonce", nonce.group(1));
            return new FacesForm(page.uri().resolve(unescapeHtml(action.group(1))), fields);
        }
    }

    /** The page shows this person's partnership, and no other. */
    public void checkTenant(HttpResponse<String> page, String what) throws Failure {
        Matcher m = PARTNERSHIP.matcher(page.body());
        if (!m.find()) {
            throw new Failure(what + ": no partnership name on the page " + page.uri());
        }
        String shown = unescapeHtml(m.group(1)).strip();
        if (!shown.equals(person.partnership())) {
            throw new Failure("WRONG TENANT: " + what + " shows \"" + shown + "\", expected \""
                    + person.partnership() + "\"");
        }
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        answered(response);
        return response;
    }

    /** Every answer this person gets, redirects included; the cluster tests note which server gave it. */
    protected void answered(HttpResponse<String> response) {
    }

    /** Sends and follows redirects (GET after 301/302/303) by hand, across hosts and ports. */
    public HttpResponse<String> follow(HttpRequest request) throws Exception {
        HttpResponse<String> r = send(request);
        for (int hops = 0; hops < 15; hops++) {
            int s = r.statusCode();
            if (s != 301 && s != 302 && s != 303 && s != 307) {
                return r;
            }
            String location = r.headers().firstValue("Location")
                    .orElseThrow(() -> new Failure("redirect without Location from " + request.uri()));
            r = send(get(r.uri().resolve(location).toString()));
        }
        throw new Failure("too many redirects from " + request.uri());
    }

    public static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    public static HttpRequest post(URI url, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    public static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").map(l -> " -> " + l).orElse("");
    }

    public static String unescapeHtml(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }

    public static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One refusal model (issue 13, §3): a refusal that reaches Faces is shown on the same page with what
 * was typed still there; anything else is the error page with an incident reference that the log
 * records, and neither the page nor the reference shows the fault's details.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalsAndIncidentsIT {

    private static final Path SERVER_LOG = Path.of("target/liberty/wlp/usr/servers/safeguarding/logs/messages.log");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(FaultyPages.class, FaultyPages.Crash.class, FaultyPages.RefusingForm.class)
                .addAsWebResource(new File("src/test/resources/faults/refusal.xhtml"), "test-faults/refusal.xhtml");
    }

    @ArquillianResource
    private URL base;

    // HTTP/1.1: the client's default upgrade to HTTP/2 over plain http left the server's error response unread.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager()).build();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    @Test
    void anUnplannedFaultIsAnIncidentWithAReferenceTheLogRecordsAndNoDetails() throws Exception {
        HttpResponse<String> page = http.send(request("test-faults/crash").build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(500, page.statusCode());
        Matcher reference = Pattern.compile("id=\"incident\">([0-9A-F]{8})<").matcher(page.body());
        assertTrue(reference.find(), page.body());
        assertTrue(page.body().contains("Sorry, something went wrong"));
        assertFalse(page.body().contains("Jamie"), "the fault's details stay in the log");
        assertFalse(page.body().contains("IllegalStateException") || page.body().contains("at uk.safeguarding"),
                "no stack trace");
        String log = Files.readString(SERVER_LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("Incident " + reference.group(1) + ": GET"), "the log has the reference");
        assertEquals(404, http.send(request("error/incident").build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "the error page is not an address anyone can fill the log from");
    }

    @Test
    void aRefusedActionStaysOnItsPageWithTheReasonAndWhatWasTyped() throws Exception {
        String form = http.send(request("test-faults/refusal.xhtml").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        // Every hidden field the page gave (Faces' view state, PrimeFaces' CSP nonce), as a browser sends them.
        StringBuilder body = new StringBuilder("form%3Atyped=" + URLEncoder.encode("What the person typed",
                StandardCharsets.UTF_8) + "&form%3Asave=Save");
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
        int fields = 0;
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                body.append('&').append(URLEncoder.encode(name.group(1), StandardCharsets.UTF_8)).append('=')
                        .append(value.find() ? URLEncoder.encode(value.group(1), StandardCharsets.UTF_8) : "");
                fields++;
            }
        }
        assertTrue(fields >= 2 && form.contains("jakarta.faces.ViewState"), form);
        // PrimeFaces' script adds its CSP nonce to every post; this client runs no script, so it adds it.
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(form);
        if (nonce.find()) {
            body.append("&primefaces.nonce=").append(URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
        }
        HttpResponse<String> answer = http.send(request("test-faults/refusal.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Refused for a reason the person can act on"), answer.body());
        assertTrue(answer.body().contains("value=\"What the person typed\""), answer.body());
        assertFalse(answer.body().contains("Sorry, something went wrong"));
    }
}

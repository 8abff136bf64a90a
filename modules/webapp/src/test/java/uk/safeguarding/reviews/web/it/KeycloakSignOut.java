package uk.safeguarding.reviews.web.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a person out at the tests' Keycloak itself, as if from another application or by an
 * administrator there (issue 18: back-channel logout), through its Admin REST API with the
 * application's own service-account client, whose secret bin/test passes in the environment.
 */
final class KeycloakSignOut {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private KeycloakSignOut() {
    }

    static void everywhere(String username) throws Exception {
        String keycloak = System.getProperty("it.keycloak.url", "http://localhost:8181");
        String secret = System.getenv("SAFEGUARDING_ADMIN_CLIENT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("SAFEGUARDING_ADMIN_CLIENT_SECRET is not set: run the tests through bin/test");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(
                URI.create(keycloak + "/realms/safeguarding/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=safeguarding-admin"
                        + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String bearer = "Bearer " + field(token.body(), "access_token");
        String admin = keycloak + "/admin/realms/safeguarding";
        HttpResponse<String> users = http.send(HttpRequest.newBuilder(URI.create(admin + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).timeout(TIMEOUT).header("Authorization", bearer)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String id = field(users.body(), "id");
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create(admin + "/users/" + id + "/logout"))
                .timeout(TIMEOUT).header("Authorization", bearer).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (logout.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak refused to sign " + username + " out: HTTP " + logout.statusCode()
                    + " " + logout.body());
        }
    }

    /** The first string value of that name in Keycloak's JSON answer (the test JVM carries no JSON library). */
    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("Keycloak's answer has no " + name + ": " + json);
        }
        return value.group(1);
    }
}

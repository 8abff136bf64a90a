package uk.safeguarding.reviews.identity.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.safeguarding.reviews.identity.sessions.SignInSessions;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/**
 * A partnership's groups and people in Keycloak, through its Admin REST API as the realm's
 * {@code safeguarding-admin} service account (client credentials; keycloak-realm/). The groups are
 * those {@code identity.UserIdentity} reads: {@code /partnerships/<slug>/<role>}, each granting its
 * realm role. Every call is idempotent: what exists is found and kept, never made twice.
 */
public class KeycloakPartnershipDirectory implements PartnershipDirectory, SignInSessions {

    private static final String PARENT = "partnerships";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long the e-mailed link to set a password stays valid: a week, for people on leave. */
    private static final int INVITATION_SECONDS = 7 * 24 * 3600;

    private final URI tokenEndpoint;
    private final String adminBase;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http;

    /**
     * @param issuer the realm's issuer, e.g. {@code http://localhost:8180/realms/safeguarding}
     */
    public KeycloakPartnershipDirectory(String issuer, String clientId, String clientSecret) {
        String realmUrl = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        int realms = realmUrl.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("Not a Keycloak realm's issuer: " + issuer);
        }
        this.tokenEndpoint = URI.create(realmUrl + "/protocol/openid-connect/token");
        this.adminBase = realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Where the admin calls go: the realm's address under {@code /admin}. */
    String adminBase() {
        return adminBase;
    }

    URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /** The roles a partnership has a group for: every role but the platform's own. */
    static List<String> partnershipRoles() {
        return Arrays.stream(Role.values()).filter(role -> role != Role.PLATFORM_ADMIN).map(Role::claimName).toList();
    }

    @Override
    public void ensureGroups(String slug) {
        Tenant.requireValidSlug(slug);
        Session session = signIn();
        String parentId = session.groupId(PARENT)
                .orElseThrow(() -> new DirectoryException("the sign-in service has no /" + PARENT + " group"));
        JsonObject attributes = Json.createObjectBuilder()
                .add("tenant", Json.createArrayBuilder().add(slug)).build();
        String partnershipId = session.childGroup(parentId, PARENT + "/" + slug, slug, attributes);
        Map<String, String> existing = new HashMap<>();
        for (JsonValue child : session.array("/groups/" + partnershipId + "/children?max=100", "list the groups")) {
            existing.put(child.asJsonObject().getString("name"), child.asJsonObject().getString("id"));
        }
        Map<String, JsonObject> realmRoles = new HashMap<>();
        for (JsonValue role : session.array("/roles?max=1000", "read the realm's roles")) {
            realmRoles.put(role.asJsonObject().getString("name"), role.asJsonObject());
        }
        // Each role's group is made and given its role at the same time as the others' (the provisioning
        // benchmark's target is 2 seconds for the schema and the groups); each pair stays in order.
        List<CompletableFuture<Void>> groups = new ArrayList<>();
        for (String role : partnershipRoles()) {
            JsonObject realmRole = Optional.ofNullable(realmRoles.get(role))
                    .orElseThrow(() -> new DirectoryException("the realm has no role " + role));
            CompletableFuture<String> groupId = existing.containsKey(role)
                    ? CompletableFuture.completedFuture(existing.get(role))
                    : session.createChildAsync(partnershipId, PARENT + "/" + slug + "/" + role, role);
            // Adding a role a group already grants changes nothing (204 again).
            groups.add(groupId.thenCompose(id -> session.sendAsync("POST", "/groups/" + id + "/role-mappings/realm",
                    Json.createArrayBuilder().add(realmRole).build().toString(), "grant the role " + role)));
        }
        try {
            CompletableFuture.allOf(groups.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof DirectoryException refused ? refused
                    : new DirectoryException("could not make the partnership's groups (" + e.getCause() + ")", e);
        }
    }

    @Override
    public int headcount(String slug) {
        Tenant.requireValidSlug(slug);
        Session session = signIn();
        Optional<String> partnership = session.groupId(PARENT + "/" + slug);
        if (partnership.isEmpty()) {
            return 0;
        }
        java.util.Set<String> people = new java.util.HashSet<>();
        for (JsonValue group : session.array("/groups/" + partnership.get() + "/children?max=100", "list the groups")) {
            for (JsonValue member : session.array("/groups/" + group.asJsonObject().getString("id")
                    + "/members?max=1000&briefRepresentation=true", "list the members")) {
                people.add(member.asJsonObject().getString("id"));
            }
        }
        return people.size();
    }

    @Override
    public void removeGroups(String slug) {
        Tenant.requireValidSlug(slug);
        Session session = signIn();
        Optional<String> group = session.groupId(PARENT + "/" + slug);
        if (group.isPresent()) {
            session.deleteIfThere("/groups/" + group.get(), "delete the groups of " + slug);
        }
    }

    @Override
    public Placed place(String slug, String roleClaimName, String fullName, String email) {
        Session session = signIn();
        String groupId = roleGroup(session, slug, roleClaimName)
                .orElseThrow(() -> new DirectoryException("the partnership's groups are not there yet"));
        String address = email.strip().toLowerCase(Locale.ROOT);
        String userId = session.userByEmail(address).orElseGet(() -> session.createUser(fullName, address));
        session.send("PUT", "/users/" + userId + "/groups/" + groupId, null, "give " + address + " the role");
        if (session.hasPassword(userId)) {
            return Placed.ADDED;
        }
        session.send("PUT", "/users/" + userId + "/execute-actions-email?lifespan=" + INVITATION_SECONDS,
                "[\"UPDATE_PASSWORD\"]", "send the invitation e-mail to " + address);
        return Placed.INVITED;
    }

    @Override
    public void remove(String slug, String roleClaimName, String email) {
        Session session = signIn();
        Optional<String> groupId = roleGroup(session, slug, roleClaimName);
        Optional<String> userId = session.userByEmail(email.strip().toLowerCase(Locale.ROOT));
        if (groupId.isPresent() && userId.isPresent()) {
            session.send("DELETE", "/users/" + userId.get() + "/groups/" + groupId.get(), null,
                    "take the role away from " + email);
        }
    }

    @Override
    public List<Member> people(String slug) {
        Session session = signIn();
        java.util.Map<String, Member> byId = new java.util.LinkedHashMap<>();
        for (String role : partnershipRoles()) {
            Optional<String> group = roleGroup(session, slug, role);
            if (group.isEmpty()) {
                continue;
            }
            for (JsonValue member : session.array("/groups/" + group.get() + "/members?max=1000", "list the members")) {
                JsonObject person = member.asJsonObject();
                String id = person.getString("id");
                Member known = byId.get(id);
                List<String> roles = new ArrayList<>(known == null ? List.of() : known.roles());
                roles.add(role);
                String name = (person.getString("firstName", "") + " " + person.getString("lastName", "")).strip();
                byId.put(id, new Member(person.getString("email", person.getString("username")),
                        name.isEmpty() ? person.getString("username") : name, List.copyOf(roles),
                        known != null ? known.hasSignedInBefore() : session.hasPassword(id)));
            }
        }
        List<Member> people = new ArrayList<>(byId.values());
        people.sort(java.util.Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Member::email));
        return people;
    }

    /** A partnership's role group; never another partnership's, whatever the role name says. */
    private static Optional<String> roleGroup(Session session, String slug, String roleClaimName) {
        // A short name is checked like any address part: it goes into the group's path.
        Tenant.requireValidSlug(slug);
        if (!partnershipRoles().contains(roleClaimName)) {
            throw new DirectoryException("there is no partnership role called " + roleClaimName);
        }
        return session.groupId(PARENT + "/" + slug + "/" + roleClaimName);
    }

    @Override
    public List<String> groupPaths(String slug) {
        Tenant.requireValidSlug(slug);
        Session session = signIn();
        Optional<String> partnership = session.groupId(PARENT + "/" + slug);
        if (partnership.isEmpty()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        paths.add("/" + PARENT + "/" + slug);
        JsonArray children = session.array("/groups/" + partnership.get() + "/children?max=100", "list the groups");
        for (JsonValue child : children) {
            paths.add(child.asJsonObject().getString("path"));
        }
        paths.sort(null);
        return paths;
    }

    @Override
    public List<String> membersOf(String slug, String roleClaimName) {
        Session session = signIn();
        Optional<String> group = roleGroup(session, slug, roleClaimName);
        if (group.isEmpty()) {
            return List.of();
        }
        List<String> emails = new ArrayList<>();
        for (JsonValue member : session.array("/groups/" + group.get() + "/members?max=1000", "list the members")) {
            JsonObject person = member.asJsonObject();
            emails.add(person.getString("email", person.getString("username")));
        }
        emails.sort(null);
        return emails;
    }

    @Override
    public Optional<String> emailOf(String slug, String username) {
        Tenant.requireValidSlug(slug);
        String wanted = username == null ? "" : username.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Session session = signIn();
        String inPartnership = "/" + PARENT + "/" + slug + "/";
        for (JsonValue found : session.array("/users?exact=true&briefRepresentation=false&username=" + encode(wanted),
                "look up " + wanted)) {
            JsonObject person = found.asJsonObject();
            if (!wanted.equalsIgnoreCase(person.getString("username", "")) || !person.containsKey("email")) {
                continue;
            }
            boolean member = session.array("/users/" + person.getString("id") + "/groups?max=1000",
                    "list the groups of " + wanted).stream()
                    .anyMatch(group -> group.asJsonObject().getString("path", "").startsWith(inPartnership));
            if (member) {
                return Optional.of(person.getString("email"));
            }
        }
        return Optional.empty();
    }

    @Override
    public void end(String signInSessionId) {
        signIn().deleteIfThere("/sessions/" + encode(signInSessionId), "end a sign-in session");
    }

    private Session signIn() {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new DirectoryException("the application has no secret for the sign-in service's admin client"
                    + " (server variable keycloak.admin.client.secret)");
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = exchange(request, "sign in to the sign-in service's admin interface");
        if (response.statusCode() != 200) {
            throw new DirectoryException("the sign-in service refused the application's admin client (HTTP "
                    + response.statusCode() + ")");
        }
        return new Session(Json.createReader(new StringReader(response.body())).readObject().getString("access_token"));
    }

    private HttpResponse<String> exchange(HttpRequest request, String doing) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DirectoryException("could not reach the sign-in service to " + doing + " (" + e.getMessage()
                    + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryException("interrupted while trying to " + doing, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One access token's worth of admin calls. */
    private final class Session {
        private final String token;

        Session(String token) {
            this.token = token;
        }

        Optional<String> groupId(String path) {
            HttpResponse<String> response = call("GET", "/group-by-path/" + path, null, "find the group /" + path);
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            requireSuccess(response, "find the group /" + path);
            return Optional.of(read(response).getString("id"));
        }

        /** The child group's id: made if missing; found if a call before this one made it. */
        String childGroup(String parentId, String path, String name, JsonObject attributes) {
            Optional<String> existing = groupId(path);
            if (existing.isPresent()) {
                return existing.get();
            }
            var body = Json.createObjectBuilder().add("name", name);
            if (attributes != null) {
                body.add("attributes", attributes);
            }
            HttpResponse<String> response = call("POST", "/groups/" + parentId + "/children", body.build().toString(),
                    "create the group /" + path);
            if (response.statusCode() == 409) {
                return groupId(path).orElseThrow(() -> new DirectoryException("the group /" + path + " vanished"));
            }
            requireSuccess(response, "create the group /" + path);
            return read(response).getString("id");
        }

        /** As {@link #childGroup} for a group not there when the children were listed. */
        CompletableFuture<String> createChildAsync(String parentId, String path, String name) {
            String body = Json.createObjectBuilder().add("name", name).build().toString();
            return callAsync("POST", "/groups/" + parentId + "/children", body).thenApply(response -> {
                if (response.statusCode() == 409) {
                    return groupId(path).orElseThrow(() -> new DirectoryException("the group /" + path + " vanished"));
                }
                requireSuccess(response, "create the group /" + path);
                return read(response).getString("id");
            });
        }

        CompletableFuture<Void> sendAsync(String method, String path, String body, String doing) {
            return callAsync(method, path, body).thenAccept(response -> requireSuccess(response, doing));
        }

        private CompletableFuture<HttpResponse<String>> callAsync(String method, String path, String body) {
            return http.sendAsync(request(method, path, body), HttpResponse.BodyHandlers.ofString());
        }

        Optional<String> userByEmail(String email) {
            JsonArray found = array("/users?exact=true&email=" + encode(email), "look up " + email);
            return found.stream().map(JsonValue::asJsonObject)
                    .filter(user -> email.equalsIgnoreCase(user.getString("email", "")))
                    .map(user -> user.getString("id")).findFirst();
        }

        String createUser(String fullName, String email) {
            String name = fullName.strip();
            int space = name.lastIndexOf(' ');
            // The realm's user profile asks for both names; a one-word name is used for both.
            String first = space > 0 ? name.substring(0, space) : name;
            String last = space > 0 ? name.substring(space + 1) : name;
            String body = Json.createObjectBuilder().add("username", email).add("email", email)
                    .add("firstName", first).add("lastName", last).add("enabled", true)
                    // The e-mailed link proves the address; setting a password is the one action asked.
                    .add("emailVerified", true)
                    .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD")).build().toString();
            HttpResponse<String> response = call("POST", "/users", body, "create the person " + email);
            if (response.statusCode() != 409) {
                requireSuccess(response, "create the person " + email);
            }
            return userByEmail(email).orElseThrow(() -> new DirectoryException("the person " + email
                    + " could not be created: the user name may belong to someone with another e-mail address"));
        }

        boolean hasPassword(String userId) {
            return array("/users/" + userId + "/credentials", "read the person's sign-in").stream()
                    .anyMatch(credential -> "password".equals(credential.asJsonObject().getString("type", "")));
        }

        JsonArray array(String path, String doing) {
            HttpResponse<String> response = call("GET", path, null, doing);
            requireSuccess(response, doing);
            return Json.createReader(new StringReader(response.body())).readArray();
        }

        /** Deletes what the path names; already gone (404) is no fault, as every method here may be repeated. */
        void deleteIfThere(String path, String doing) {
            HttpResponse<String> response = call("DELETE", path, null, doing);
            if (response.statusCode() != 404) {
                requireSuccess(response, doing);
            }
        }

        void send(String method, String path, String body, String doing) {
            requireSuccess(call(method, path, body, doing), doing);
        }

        private HttpResponse<String> call(String method, String path, String body, String doing) {
            return exchange(request(method, path, body), doing);
        }

        private HttpRequest request(String method, String path, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase + path)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            return request.build();
        }

        private void requireSuccess(HttpResponse<String> response, String doing) {
            if (response.statusCode() / 100 != 2) {
                throw new DirectoryException("the sign-in service could not " + doing + " (HTTP " + response.statusCode()
                        + errorMessage(response) + ")");
            }
        }

        private String errorMessage(HttpResponse<String> response) {
            try {
                JsonObject error = read(response);
                String message = error.getString("errorMessage", error.getString("error_description",
                        error.getString("error", "")));
                return message.isBlank() ? "" : ": " + message;
            } catch (RuntimeException notJson) {
                return "";
            }
        }

        private JsonObject read(HttpResponse<String> response) {
            return Json.createReader(new StringReader(response.body())).readObject();
        }
    }
}

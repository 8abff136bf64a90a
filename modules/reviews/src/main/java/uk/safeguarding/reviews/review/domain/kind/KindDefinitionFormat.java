package uk.safeguarding.reviews.review.domain.kind;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;

/**
 * A kind definition as stored and edited: JSON of a fixed shape, read strictly. Every key is known,
 * every name it uses is in the {@link DefinitionVocabulary}, every exit leads to a stage of the kind,
 * every stage can be reached from the first, and at least one stage ends the review. Anything else is
 * refused with where it is ({@code stages[2].exits[0]}) and what is wrong (issue 13 §1).
 */
public final class KindDefinitionFormat {

    /** The field a refused definition is reported against. */
    public static final String FIELD = "definition";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");
    private static final Set<String> KIND_KEYS = Set.of("key", "name", "referencePrefix", "policyReference", "openedBy",
            "stages");
    private static final Set<String> STAGE_KEYS = Set.of("key", "name", "capabilities", "startsClocks",
            "clocksMetByEvents", "meetsClocks", "documents", "actors", "exits");
    private static final Set<String> EXIT_KEYS = Set.of("key", "name", "to", "guards");

    private KindDefinitionFormat() {
    }

    public static KindDefinition read(String json, DefinitionVocabulary vocabulary) {
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw refused("The definition is not a JSON object: " + e.getMessage());
        }
        onlyKeys(root, KIND_KEYS, "The definition");
        String kindKey = key(root, "key", "The definition");
        String prefix = text(root, "referencePrefix", "The definition", true);
        if (!PREFIX.matcher(prefix).matches()) {
            throw refused("The reference prefix must be 2 to 5 capital letters, not \u201c" + prefix + "\u201d");
        }
        JsonArray stageArray = array(root, "stages", "The definition");
        if (stageArray.isEmpty()) {
            throw refused("A kind of review needs at least one stage");
        }
        List<StageDefinition> stages = new ArrayList<>();
        for (int i = 0; i < stageArray.size(); i++) {
            stages.add(stage(object(stageArray.get(i), "stages[" + i + "]"), "stages[" + i + "]", vocabulary));
        }
        KindDefinition kind = new KindDefinition(kindKey, text(root, "name", "The definition", true), prefix,
                text(root, "policyReference", "The definition", false),
                names(root, "openedBy", "The definition", vocabulary.openings(), "decision that opens a review"), stages);
        checkStages(kind);
        return kind;
    }

    /** A version read back as it was saved and checked then; only its shape is checked again. */
    public static KindDefinition readSaved(String json) {
        return read(json, DefinitionVocabulary.AS_SAVED);
    }

    public static String write(KindDefinition kind) {
        JsonArrayBuilder stages = Json.createArrayBuilder();
        for (StageDefinition stage : kind.stages()) {
            JsonArrayBuilder exits = Json.createArrayBuilder();
            stage.exits().forEach(exit -> exits.add(Json.createObjectBuilder().add("key", exit.key())
                    .add("name", exit.name()).add("to", exit.to()).add("guards", strings(exit.guards()))));
            JsonObjectBuilder metBy = Json.createObjectBuilder();
            new java.util.TreeMap<>(stage.clocksMetByEvents()).forEach(metBy::add);
            stages.add(Json.createObjectBuilder().add("key", stage.key()).add("name", stage.name())
                    .add("capabilities", strings(stage.capabilities().stream().sorted().map(Capability::key).toList()))
                    .add("startsClocks", strings(stage.startsClocks())).add("clocksMetByEvents", metBy)
                    .add("meetsClocks", strings(stage.meetsClocks())).add("documents", strings(stage.documents()))
                    .add("actors", strings(stage.actors().stream().map(Role::claimName).toList()))
                    .add("exits", exits));
        }
        JsonObject root = Json.createObjectBuilder().add("key", kind.key()).add("name", kind.name())
                .add("referencePrefix", kind.referencePrefix())
                .add("policyReference", kind.policyReference() == null ? "" : kind.policyReference())
                .add("openedBy", strings(kind.openedBy())).add("stages", stages).build();
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(root);
        }
        return out.toString().strip() + "\n";
    }

    private static StageDefinition stage(JsonObject json, String where, DefinitionVocabulary vocabulary) {
        onlyKeys(json, STAGE_KEYS, where);
        Set<Capability> capabilities = new LinkedHashSet<>(named(json, "capabilities", where,
                name -> Capability.ofKey(name).orElse(null), "capability"));
        List<String> starts = names(json, "startsClocks", where, vocabulary.clocks(), "clock rule");
        Map<String, String> metByEvents = new LinkedHashMap<>();
        if (json.containsKey("clocksMetByEvents")) {
            JsonObject metBy = object(json.get("clocksMetByEvents"), where + ".clocksMetByEvents");
            for (String clock : metBy.keySet()) {
                if (!starts.contains(clock)) {
                    throw refused(where + ".clocksMetByEvents: \u201c" + clock + "\u201d is not a clock this stage starts");
                }
                String event = string(metBy.get(clock), where + ".clocksMetByEvents." + clock);
                if (!DefinitionVocabulary.knows(vocabulary.events(), event)) {
                    throw refused(where + ".clocksMetByEvents." + clock + ": \u201c" + event + "\u201d is not an event"
                            + " (known: " + String.join(", ", new TreeSet<>(vocabulary.events())) + ")");
                }
                metByEvents.put(clock, event);
            }
        }
        List<StageExit> exits = new ArrayList<>();
        if (json.containsKey("exits")) {
            JsonArray exitArray = array(json, "exits", where);
            for (int i = 0; i < exitArray.size(); i++) {
                String at = where + ".exits[" + i + "]";
                JsonObject exit = object(exitArray.get(i), at);
                onlyKeys(exit, EXIT_KEYS, at);
                String work = key(exit, "key", at);
                if (!DefinitionVocabulary.knows(vocabulary.work(), work)) {
                    throw refused(at + ".key: \u201c" + work + "\u201d is not work the product reports (known: "
                            + String.join(", ", new TreeSet<>(vocabulary.work())) + ")");
                }
                exits.add(new StageExit(work, text(exit, "name", at, true), key(exit, "to", at),
                        names(exit, "guards", at, vocabulary.guards(), "guard")));
            }
        }
        return new StageDefinition(key(json, "key", where), text(json, "name", where, true), capabilities, starts,
                metByEvents, names(json, "meetsClocks", where, vocabulary.clocks(), "clock rule"),
                names(json, "documents", where, vocabulary.documents(), "document"),
                named(json, "actors", where, name -> Role.fromClaimName(name).orElse(null), "role"), exits);
    }

    private static void checkStages(KindDefinition kind) {
        Set<String> keys = new HashSet<>();
        for (StageDefinition stage : kind.stages()) {
            if (!keys.add(stage.key())) {
                throw refused("Two stages are called \u201c" + stage.key() + "\u201d");
            }
        }
        for (StageDefinition stage : kind.stages()) {
            Set<String> exitKeys = new HashSet<>();
            for (StageExit exit : stage.exits()) {
                if (!exitKeys.add(exit.key())) {
                    throw refused("The stage \u201c" + stage.key() + "\u201d has two exits called \u201c" + exit.key() + "\u201d");
                }
                if (!keys.contains(exit.to())) {
                    throw refused("The exit \u201c" + exit.key() + "\u201d of \u201c" + stage.key() + "\u201d leads to \u201c"
                            + exit.to() + "\u201d, which is not a stage of " + kind.name());
                }
                if (exit.to().equals(stage.key())) {
                    throw refused("The exit \u201c" + exit.key() + "\u201d of \u201c" + stage.key() + "\u201d leads back to it");
                }
            }
        }
        Set<String> reached = new HashSet<>(List.of(kind.first().key()));
        Deque<StageDefinition> toVisit = new ArrayDeque<>(List.of(kind.first()));
        while (!toVisit.isEmpty()) {
            for (StageExit exit : toVisit.pop().exits()) {
                if (reached.add(exit.to())) {
                    toVisit.push(kind.stage(exit.to()).orElseThrow());
                }
            }
        }
        kind.stages().stream().filter(s -> !reached.contains(s.key())).findFirst().ifPresent(s -> {
            throw refused("No exit leads to the stage \u201c" + s.key() + "\u201d from the first stage");
        });
        if (kind.stages().stream().noneMatch(StageDefinition::isFinal)) {
            throw refused("At least one stage must end the review (a stage with no exits)");
        }
    }

    private static void onlyKeys(JsonObject json, Set<String> allowed, String where) {
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                throw refused(where + ": \u201c" + key + "\u201d is not a known key (known: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String key(JsonObject json, String name, String where) {
        String value = text(json, name, where, true);
        if (!KEY.matcher(value).matches()) {
            throw refused(where + "." + name + ": \u201c" + value + "\u201d must be 2 to 40 lower-case letters, digits"
                    + " or hyphens, starting with a letter");
        }
        return value;
    }

    private static String text(JsonObject json, String name, String where, boolean required) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw refused(where + ": \u201c" + name + "\u201d is missing");
            }
            return "";
        }
        String text = string(value, where + "." + name).strip();
        if (required && text.isEmpty()) {
            throw refused(where + ": \u201c" + name + "\u201d is empty");
        }
        return text;
    }

    private static String string(JsonValue value, String where) {
        if (!(value instanceof JsonString string)) {
            throw refused(where + " must be text in quotes");
        }
        return string.getString();
    }

    private static JsonObject object(JsonValue value, String where) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refused(where + " must be an object { ... }");
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonObject json, String name, String where) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw refused(where + ": \u201c" + name + "\u201d must be a list [ ... ]");
        }
        return value.asJsonArray();
    }

    private static List<String> names(JsonObject json, String name, String where, Set<String> known, String what) {
        return named(json, name, where, value -> DefinitionVocabulary.knows(known, value) ? value : null, what);
    }

    /** A list of names, each turned into what it names; a name that names nothing is refused. */
    private static <T> List<T> named(JsonObject json, String name, String where, Function<String, T> lookUp,
            String what) {
        if (!json.containsKey(name)) {
            return List.of();
        }
        JsonArray values = array(json, name, where);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = string(values.get(i), where + "." + name + "[" + i + "]");
            T thing = lookUp.apply(value);
            if (thing == null) {
                throw refused(where + "." + name + "[" + i + "]: \u201c" + value + "\u201d is not a known " + what);
            }
            if (found.contains(thing)) {
                throw refused(where + "." + name + ": \u201c" + value + "\u201d is named twice");
            }
            found.add(thing);
        }
        return found;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static InvalidFieldException refused(String message) {
        return new InvalidFieldException(FIELD, message);
    }
}

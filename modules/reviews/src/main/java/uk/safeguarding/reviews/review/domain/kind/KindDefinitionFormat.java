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
            throw refused("review.kind-definition-format.definition-not-json-object", e.getMessage());
        }
        onlyKeys(root, KIND_KEYS, "The definition");
        String kindKey = key(root, "key", "The definition");
        String prefix = text(root, "referencePrefix", "The definition", true);
        if (!PREFIX.matcher(prefix).matches()) {
            throw refused("review.kind-definition-format.reference-prefix-must-2-5", prefix);
        }
        JsonArray stageArray = array(root, "stages", "The definition");
        if (stageArray.isEmpty()) {
            throw refused("review.kind-definition-format.kind-review-needs-least-one");
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
                    throw refused("review.kind-definition-format.clocksmetbyevents-not-clock-stage-starts", where,
                            clock);
                }
                String event = string(metBy.get(clock), where + ".clocksMetByEvents." + clock);
                if (!DefinitionVocabulary.knows(vocabulary.events(), event)) {
                    throw refused("review.kind-definition-format.clocksmetbyevents-not-event-known", where, clock,
                            event, String.join(", ", new TreeSet<>(vocabulary.events())));
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
                    throw refused("review.kind-definition-format.key-not-work-product-reports", at, work,
                            String.join(", ", new TreeSet<>(vocabulary.work())));
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
                throw refused("review.kind-definition-format.two-stages-are-called", stage.key());
            }
        }
        for (StageDefinition stage : kind.stages()) {
            Set<String> exitKeys = new HashSet<>();
            for (StageExit exit : stage.exits()) {
                if (!exitKeys.add(exit.key())) {
                    throw refused("review.kind-definition-format.stage-has-two-exits-called", stage.key(), exit.key());
                }
                if (!keys.contains(exit.to())) {
                    throw refused("review.kind-definition-format.exit-leads-which-not-stage", exit.key(),
                            stage.key(), exit.to(), kind.name());
                }
                if (exit.to().equals(stage.key())) {
                    throw refused("review.kind-definition-format.exit-leads-back", exit.key(), stage.key());
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
            throw refused("review.kind-definition-format.no-exit-leads-stage-from", s.key());
        });
        if (kind.stages().stream().noneMatch(StageDefinition::isFinal)) {
            throw refused("review.kind-definition-format.least-one-stage-must-end");
        }
    }

    private static void onlyKeys(JsonObject json, Set<String> allowed, String where) {
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                throw refused("review.kind-definition-format.not-known-key-known", where, key, String.join(", ",
                        new TreeSet<>(allowed)));
            }
        }
    }

    private static String key(JsonObject json, String name, String where) {
        String value = text(json, name, where, true);
        if (!KEY.matcher(value).matches()) {
            throw refused("review.kind-definition-format.must-2-40-lower-case", where, name, value);
        }
        return value;
    }

    private static String text(JsonObject json, String name, String where, boolean required) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw refused("review.kind-definition-format.missing", where, name);
            }
            return "";
        }
        String text = string(value, where + "." + name).strip();
        if (required && text.isEmpty()) {
            throw refused("review.kind-definition-format.empty", where, name);
        }
        return text;
    }

    private static String string(JsonValue value, String where) {
        if (!(value instanceof JsonString string)) {
            throw refused("review.kind-definition-format.must-text-quotes", where);
        }
        return string.getString();
    }

    private static JsonObject object(JsonValue value, String where) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refused("review.kind-definition-format.must-object", where);
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonObject json, String name, String where) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw refused("review.kind-definition-format.must-list", where, name);
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
                throw refused("review.kind-definition-format.not-known", where, name, i, value, what);
            }
            if (found.contains(thing)) {
                throw refused("review.kind-definition-format.named-twice", where, name, value);
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

    private static InvalidFieldException refused(String key, Object... args) {
        return InvalidFieldException.refused(FIELD, key, args);
    }
}

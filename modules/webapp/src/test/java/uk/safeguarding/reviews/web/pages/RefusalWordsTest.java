package uk.safeguarding.reviews.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.RefusalWords;

/**
 * A refusal's words come from its module's bundle (issue 13 §3): every key the code names is in the
 * bundle its first word names, every word in a bundle is named by the code (none left behind), and
 * every pattern reads as written (an apostrophe written once would vanish from what people see).
 * A key is {@code <module>.<class>.<reason>}, so the scan knows one from any other text.
 */
class RefusalWordsTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*){2,})\"");

    /** Module (first word of a key) to its bundle's words. */
    private static final Map<String, Properties> BUNDLES = new HashMap<>();
    /** Module to the classes of its code, as keys name them (kebab case). */
    private static final Map<String, Set<String>> CLASSES = new HashMap<>();
    /** Module to the keys its code names. */
    private static final Map<String, Set<String>> NAMED = new HashMap<>();

    @BeforeAll
    static void readEveryModulesCodeAndBundle() throws IOException {
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java/uk/safeguarding/reviews")))
                    .sorted().toList()) {
                Path root;
                try (Stream<Path> packages = Files.list(module.resolve("src/main/java/uk/safeguarding/reviews"))) {
                    root = packages.filter(Files::isDirectory).findFirst().orElseThrow();
                }
                String word = root.getFileName().toString();
                Set<String> classes = new HashSet<>();
                List<Path> sources;
                try (Stream<Path> files = Files.walk(root)) {
                    sources = files.filter(f -> f.toString().endsWith(".java")).toList();
                }
                sources.forEach(f -> classes.add(kebab(f.getFileName().toString().replace(".java", ""))));
                Properties words = new Properties();
                Path bundle = module.resolve("src/main/resources")
                        .resolve(RefusalWords.bundleOf(word + ".x.y").replace('.', '/') + ".properties");
                if (Files.exists(bundle)) {
                    try (InputStream in = Files.newInputStream(bundle)) {
                        words.load(in);
                    }
                }
                BUNDLES.put(word, words);
                NAMED.put(word, new TreeSet<>());
                CLASSES.put(word, classes);
            }
        }
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("src/main/java"))
                    .toList()) {
                Matcher literal = LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    String key = literal.group(1);
                    String[] parts = key.split("\\.");
                    if (parts.length == 3 && CLASSES.containsKey(parts[0]) && CLASSES.get(parts[0]).contains(parts[1])) {
                        NAMED.get(parts[0]).add(key);
                    }
                }
            }
        }
    }

    @Test
    void theScanFindsTheRefusalsOfTheModules() {
        assertTrue(NAMED.get("review").contains("review.kind-definition.last-stage-reached"), NAMED.get("review").toString());
        assertTrue(NAMED.get("clocks").size() > 5, NAMED.get("clocks").toString());
    }

    @Test
    void everyKeyTheCodeNamesIsInItsModulesBundle() {
        List<String> missing = new ArrayList<>();
        NAMED.forEach((module, keys) -> keys.stream().filter(key -> !BUNDLES.get(module).containsKey(key))
                .forEach(missing::add));
        assertEquals(List.of(), missing);
    }

    @Test
    void everyWordInABundleIsNamedByTheCode() {
        List<String> unused = new ArrayList<>();
        BUNDLES.forEach((module, words) -> words.stringPropertyNames().stream()
                .filter(key -> !NAMED.get(module).contains(key)).sorted().forEach(unused::add));
        assertEquals(List.of(), unused);
    }

    @Test
    void everyPatternReadsAsWritten() {
        List<String> misread = new ArrayList<>();
        BUNDLES.forEach((module, words) -> words.stringPropertyNames().forEach(key -> {
            String pattern = words.getProperty(key);
            Object[] placeholders = new Object[10];
            for (int i = 0; i < placeholders.length; i++) {
                placeholders[i] = "{" + i + "}";
            }
            String read = new MessageFormat(pattern, Locale.UK).format(placeholders);
            String written = unquoted(pattern);
            if (!read.equals(written)) {
                misread.add(key + ": " + read);
            }
        }));
        assertEquals(List.of(), misread);
    }

    /**
     * Braces are quoted to be read as braces ('{'); an apostrophe inside such a quote ('{''{') joins
     * two quotes into one and prints the apostrophe: "{{taskLink}}" is written '{{'taskLink'}}'.
     */
    @Test
    void noQuotedBraceHoldsAnApostrophe() {
        List<String> joined = new ArrayList<>();
        BUNDLES.forEach((module, words) -> words.stringPropertyNames().stream()
                .filter(key -> words.getProperty(key).matches(".*'[{}]+''.*|.*''[{}]+'.*")).forEach(joined::add));
        assertEquals(List.of(), joined);
    }

    /** The pattern as MessageFormat reads it, placeholders left as written: '' is ', text in '...' is as it is. */
    private static String unquoted(String pattern) {
        StringBuilder read = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                read.append('\'');
                i++;
            } else if (c == '\'') {
                quoted = !quoted;
            } else {
                read.append(c);
            }
        }
        return read.toString();
    }

    private static String kebab(String className) {
        return className.replaceAll("(?<!^)(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
    }
}

package uk.safeguarding.reviews.chronology.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces people's names with their roles, for a chronology circulated more widely than the review
 * meeting (e.g. "Jayden Smith" becomes "Child", "Kerry-Ann Smith" becomes "Mother").
 *
 * <p>What is replaced, ignoring case:
 * <ul>
 *   <li>each full name, however the spaces in it are written;
 *   <li>each part of a name: first names, surnames, and the pieces of a hyphenated or apostrophised
 *       part ("Kerry-Ann" and also "Kerry" and "Ann"; "O'Brien" and also "Brien"). Pieces shorter
 *       than 2 characters (the "O" of O'Brien) are left alone, as they would match ordinary words;
 *   <li>only whole words: "Dean" is replaced in "Dean's car" (giving "Mother's partner's car") but
 *       not in "Deanery".
 * </ul>
 * A name or part that belongs to one person becomes that person's role. One shared by several people
 * with different roles (typically the family's surname) becomes {@value #SHARED_NAME}: naming either
 * role would be a guess, and any one role could be wrong about who is meant. Longer names are
 * replaced before shorter ones, in one pass, so "Kerry-Ann Smith" becomes "Mother", not
 * "Mother [name]", and no role is itself replaced again.
 *
 * <p>This replaces the names it is given; it cannot find names it was not told about, nickname
 * spellings, or details (addresses, schools) that identify a family. Someone still reads the result.
 */
public final class Anonymiser {

    /** What a name part shared by people with different roles becomes. */
    public static final String SHARED_NAME = "[name]";

    /** Name parts shorter than this are not replaced. */
    static final int SHORTEST_PART = 2;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PART_SEPARATORS = Pattern.compile("[-'\u2019]");

    private final Map<String, String> replacementByName;
    private final Pattern names;

    /** @param rolesByFullName each person's full name and their role, e.g. "Jayden Smith" to "Child" */
    public Anonymiser(Map<String, String> rolesByFullName) {
        Map<String, Set<String>> rolesByName = new TreeMap<>();
        rolesByFullName.forEach((fullName, role) -> {
            if (fullName == null || fullName.isBlank() || role == null || role.isBlank()) {
                throw new IllegalArgumentException("Each person needs a name and a role: " + fullName + " = " + role);
            }
            for (String name : namesOf(fullName)) {
                rolesByName.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(role.strip());
            }
        });
        this.replacementByName = rolesByName.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> e.getValue().size() == 1 ? e.getValue().iterator().next() : SHARED_NAME));
        this.names = rolesByName.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:"
                        + rolesByName.keySet().stream()
                                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                                .map(Anonymiser::regexFor)
                                .collect(Collectors.joining("|"))
                        + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The text with every known name replaced by the role; {@code null} stays {@code null}. */
    public String anonymise(String text) {
        if (text == null || names == null) {
            return text;
        }
        return names.matcher(text).replaceAll(match ->
                Matcher.quoteReplacement(replacementByName.getOrDefault(normalised(match.group()), SHARED_NAME)));
    }

    /** The entry with every text field anonymised; the agency, dates and reasons are kept. */
    public ChronologyEntry anonymise(ChronologyEntry entry) {
        return entry.withTexts(this::anonymise);
    }

    /** The full name and each of its parts, normalised, leaving out parts too short to replace. */
    private static Set<String> namesOf(String fullName) {
        Set<String> names = new LinkedHashSet<>();
        String full = normalised(fullName);
        names.add(full);
        for (String word : full.split(" ")) {
            names.add(word);
            names.addAll(List.of(PART_SEPARATORS.split(word)));
        }
        names.removeIf(name -> name.codePointCount(0, name.length()) < SHORTEST_PART);
        return names;
    }

    // One spelling for lookups: lower case, straight apostrophes, single spaces.
    private static String normalised(String name) {
        return WHITESPACE.matcher(name.strip().replace('\u2019', '\'')).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A normalised name as a pattern that also finds it with other spacing or a curly apostrophe. */
    private static String regexFor(String name) {
        List<String> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c == ' ' || c == '\'') {
                pieces.add(Pattern.quote(literal.toString()));
                pieces.add(c == ' ' ? "\\s+" : "['\u2019]");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        pieces.add(Pattern.quote(literal.toString()));
        return String.join("", pieces);
    }
}

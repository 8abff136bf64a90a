package uk.safeguarding.reviews.practicereview.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * §8.3: a report is written "such that the review report can be published nationally with minimal
 * redaction" and so that publication "will not be likely to harm the welfare of any children". Before
 * a draft goes anywhere, the names and dates of birth the referral holds are looked for in its text;
 * each found is a warning for the writer, never a refusal (a common word may be someone's name).
 */
public final class IdentifyingDetails {

    /** Shorter parts of a name ("Jo", "Li") would match too many ordinary words to be worth a warning. */
    private static final int SHORTEST_NAME_PART = 3;

    private static final List<DateTimeFormatter> DATE_FORMS = List.of("d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy",
            "dd.MM.yyyy", "d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d/M/yy", "dd/MM/yy")
            .stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.UK)).toList();

    private IdentifyingDetails() {
    }

    /** Someone the referral names: their name as typed there, their date of birth if known, who they are. */
    public record Person(String name, LocalDate dateOfBirth, String role) {
    }

    /**
     * Where in {@code texts} (keyed by the place a reader looks, such as a section's heading) a
     * person's name, a part of it, or their date of birth appears; one warning per find and place.
     */
    public static List<String> findIn(Map<String, String> texts, List<Person> people) {
        Set<String> warnings = new LinkedHashSet<>();
        for (Person person : people) {
            List<String> names = nameForms(person.name());
            List<String> dates = person.dateOfBirth() == null ? List.of()
                    : DATE_FORMS.stream().map(f -> f.format(person.dateOfBirth())).distinct().toList();
            texts.forEach((place, text) -> {
                if (text == null || text.isBlank()) {
                    return;
                }
                names.stream().filter(name -> appears(name, text)).findFirst().ifPresent(name -> warnings.add(
                        "\u201c" + name + "\u201d (" + describe(person) + "'s name in the referral) appears in "
                                + place));
                dates.stream().filter(date -> appears(date, text)).findFirst().ifPresent(date -> warnings.add(
                        "\u201c" + date + "\u201d (" + describe(person) + "'s date of birth) appears in " + place));
            });
        }
        return new ArrayList<>(warnings);
    }

    /** The whole name first, then each part long enough to mean something. */
    static List<String> nameForms(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        String whole = name.strip().replaceAll("\\s+", " ");
        forms.add(whole);
        for (String part : whole.split("[\\s-]+")) {
            String letters = part.replaceAll("[^\\p{L}']", "");
            if (letters.length() >= SHORTEST_NAME_PART) {
                forms.add(letters);
            }
        }
        return List.copyOf(forms);
    }

    /** As a word of its own: "Ann" is not found in "Annual", nor "1/2/2015" in "11/2/2015". */
    private static boolean appears(String term, String text) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).find();
    }

    private static String describe(Person person) {
        return person.role() == null || person.role().isBlank() ? "someone" : "the " + person.role().strip()
                .toLowerCase(Locale.UK);
    }
}

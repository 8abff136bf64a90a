package uk.safeguarding.reviews.kernel;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partnership's letter wording with {@code {{field}}} placeholders the product fills: checked when
 * the partnership saves it (only fields the product knows), filled when a letter is made.
 */
public final class MergeFields {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");

    private MergeFields() {
    }

    /**
     * The wording of {@code field} ("subject", "body"), refused beside it when blank or when it names a
     * field outside {@code known}.
     */
    public static void check(String field, String text, Map<String, String> known) {
        if (text == null || text.isBlank()) {
            throw InvalidFieldException.refused(field, "kernel.merge-fields.enter-letter", field);
        }
        TreeSet<String> unknown = new TreeSet<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            if (!known.containsKey(m.group(1))) {
                unknown.add("{{" + m.group(1) + "}}");
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidFieldException.refused(field, "kernel.merge-fields.product-cannot-fill-use-only",
                    String.join(", ", unknown));
        }
    }

    /** The text with each field replaced by its value (nothing for a missing one), runs of blank lines closed up. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }
}

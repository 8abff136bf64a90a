package uk.safeguarding.reviews.kernel;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The words of a refusal (issue 13 §3): a key into its module's bundle and the arguments it names.
 * A key starts with the module's package ({@code review.kind-definition.stage-gone} is in
 * {@code uk/safeguarding/reviews/review/refusals.properties}); the words are a {@link MessageFormat}
 * pattern. Arguments are turned into text as string concatenation would ({@link String#valueOf}),
 * so numbers and dates read as they always did (a year is 2026, never 2,026).
 */
public final class RefusalWords {

    /** A key: the module's package, then lower-case words joined by hyphens and dots. */
    public static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*){2,}");

    private RefusalWords() {
    }

    /** The bundle a key's words are in. */
    public static String bundleOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a refusal key: " + key);
        }
        return "uk.safeguarding.reviews." + key.substring(0, key.indexOf('.')) + ".refusals";
    }

    /** The arguments as text, each as string concatenation would write it. */
    public static List<String> texts(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }

    /** The words of {@code key} with {@code args}, each turned into text as {@link #texts} does. */
    public static String of(String key, Object... args) {
        return text(key, texts(args));
    }

    /** The words of {@code key} with {@code args} in their places, in British English. */
    public static String text(String key, List<String> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleOf(key), Locale.UK, RefusalWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.UK).format(args.toArray());
    }
}

package uk.safeguarding.reviews.linking.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash of a person's normalised name and date of birth (issue 6, "possible links"). Two
 * boards holding the same person compute the same fingerprint; without the key, which only the
 * application servers hold, a fingerprint cannot be tested against a guessed name and date.
 *
 * <p>Names are normalised so that ordinary differences of spelling do not hide a match: case,
 * accents, punctuation inside a name (O'Neil, Smith-Jones) and spacing are ignored, and only the
 * first and last names count, since a middle name is often left out.
 */
public final class SubjectFingerprint {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINERS = Pattern.compile("['\u2019`\\-.]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z ]");
    private static final int MINIMUM_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    public SubjectFingerprint(String secret) {
        if (secret == null || secret.strip().length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("The matching key must be at least " + MINIMUM_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The name as compared: first and last names, lower case, unaccented, without punctuation. */
    public static Optional<String> normalisedName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        plain = NOT_LETTERS.matcher(JOINERS.matcher(plain).replaceAll("")).replaceAll(" ").strip();
        List<String> words = List.of(plain.split(" +"));
        if (plain.isEmpty() || words.size() < 2) {
            // A single name is too weak to match on.
            return Optional.empty();
        }
        return Optional.of(words.get(0) + " " + words.get(words.size() - 1));
    }

    /** The fingerprint of a person, or empty when the name or the date of birth is missing. */
    public Optional<String> of(String name, LocalDate bornOn) {
        if (bornOn == null) {
            return Optional.empty();
        }
        return normalisedName(name).map(normalised -> hmac(normalised + "|" + bornOn));
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

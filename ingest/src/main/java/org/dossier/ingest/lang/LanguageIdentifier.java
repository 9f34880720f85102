package org.dossier.ingest.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Detects the language of article text among {@link #LANGUAGES}, the languages of the news this
 * product reads. The Lingua models load once per process, on first use (about 2 s and 250 MB for
 * these languages); detection is thread-safe. Restricting the set keeps the heap small and makes
 * two-sentence texts reliable: with every language loaded, short texts drift to close relatives
 * (Catalan for Spanish, Bosnian for Polish) at six times the memory.
 */
public final class LanguageIdentifier {

    /** ISO 639-1 codes of the languages this class can answer. */
    public static final List<String> LANGUAGES = List.of("de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "uk");

    /** Only the head of a long text is read: a few thousand characters decide, and it bounds the cost. */
    private static final int MAX_CHARS = 4000;

    private static final Pattern TWO_LETTERS = Pattern.compile("[a-z]{2}");

    private LanguageIdentifier() {
    }

    /** The language of {@code text}, or empty when it holds nothing to decide on (digits, symbols). */
    public static Optional<String> detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Language language = Holder.DETECTOR.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }

    /**
     * The ISO 639-1 code of a language given as metadata: {@code en}, {@code EN}, {@code en-US},
     * {@code de_DE}; empty when it is blank or not of that shape. Any two-letter code is accepted,
     * also one outside {@link #LANGUAGES}: metadata is trusted over detection.
     */
    public static Optional<String> normalize(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String code = value.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return TWO_LETTERS.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** Loads the models on first use only, so a run without plain text never pays for them. */
    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(languages())
                .withPreloadedLanguageModels()
                .build();

        private static Language[] languages() {
            Set<String> codes = Set.copyOf(LANGUAGES);
            List<Language> chosen = java.util.Arrays.stream(Language.values())
                    .filter(l -> l != Language.UNKNOWN)
                    .filter(l -> codes.contains(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.toList());
            return chosen.toArray(new Language[0]);
        }
    }
}

package org.dossier.story.consolidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.TimeExpression;

/**
 * Seed articles read in place from the shared folder, and helpers that build facts over their real
 * text: every offset is found with {@code indexOf} on the text, never written down.
 */
final class Seeds {

    private static final Pattern KEY = Pattern.compile("\"(outlet|published)\"\\s*:\\s*\"([^\"]+)\"");

    private Seeds() {
    }

    static Path dir() {
        return Path.of(System.getProperty("dossier.shared", "../../shared")).resolve("seeds");
    }

    /** A seed by file stem (e.g. {@code 002_f9ca6fa413811794}), with outlet and date from its sidecar. */
    static Article article(String stem) {
        try {
            String text = Files.readString(dir().resolve(stem + ".txt"), StandardCharsets.UTF_8);
            String meta = Files.readString(dir().resolve(stem + ".meta.json"), StandardCharsets.UTF_8);
            String outlet = null;
            String published = null;
            Matcher m = KEY.matcher(meta);
            while (m.find()) {
                if (m.group(1).equals("outlet")) {
                    outlet = m.group(2);
                } else {
                    published = m.group(2);
                }
            }
            return new Article("a-" + stem.substring(0, 3), stem + ".txt", null, outlet, null, "en", published,
                    published == null ? null : PublishedSource.METADATA, text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The evidence of the {@code nth} (from 0) occurrence of {@code passage} in the article. */
    static Evidence at(Article a, String passage, int nth) {
        int from = -1;
        for (int i = 0; i <= nth; i++) {
            from = a.text().indexOf(passage, from + 1);
            if (from < 0) {
                throw new IllegalArgumentException("not in " + a.id() + ": " + passage);
            }
        }
        return new Evidence(a.id(), from, from + passage.length());
    }

    static Evidence at(Article a, String passage) {
        return at(a, passage, 0);
    }

    /** Every occurrence of each surface form, as a whole word. */
    static List<Evidence> mentions(Article a, String... forms) {
        List<Evidence> out = new ArrayList<>();
        for (String form : forms) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])")
                    .matcher(a.text());
            while (m.find()) {
                Evidence e = new Evidence(a.id(), m.start(), m.end());
                if (out.stream().noneMatch(o -> o.start() < e.end() && e.start() < o.end())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** An entity named {@code name}, also written as {@code aliases}, mentioned wherever those occur. */
    static Entity entity(Article a, String localId, String name, EntityType type, List<String> aliases,
                         List<String> roles) {
        List<String> forms = new ArrayList<>(List.of(name));
        forms.addAll(aliases);
        return new Entity(localId, name, type, aliases, roles, mentions(a, forms.toArray(String[]::new)));
    }

    static TimeExpression date(Article a, String text, String value) {
        return new TimeExpression(text, "DATE", value, at(a, text));
    }

    static TimeExpression date(Article a, String text, int nth, String value) {
        return new TimeExpression(text, "DATE", value, at(a, text, nth));
    }

    static Quote quote(Article a, String text, String speakerLocalId, String speakerName) {
        return new Quote(text, true, speakerName == null ? null : new Speaker(speakerLocalId, speakerName),
                at(a, text));
    }

    static Claim claim(Article a, String subject, String property, String value, String qualifier, String passage) {
        return new Claim(subject, property, value, qualifier, at(a, passage));
    }
}

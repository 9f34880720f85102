package org.dossier.model;

import java.util.List;
import java.util.Objects;

/** A whole {@code dossier/v1} document. */
public record Dossier(String format, String generatedAt, List<Article> articles, List<Story> stories) {

    public static final String FORMAT = "dossier/v1";

    public Dossier {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(generatedAt, "generatedAt");
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
    }

    public static Dossier of(String generatedAt, List<Article> articles, List<Story> stories) {
        return new Dossier(FORMAT, generatedAt, articles, stories);
    }
}

package org.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.SeedArticles;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Russian reports through the project's Russian CRF (bin/train-ner-ru). */
class RussianEntitiesTest {

    private static final String TEXT = "Во вторник министры рыболовства, собравшиеся в Порту, договорились сократить"
            + " вылов трески на 18 процентов. Переговоры вела Марта Кинтела, министр моря Португалии. Среди"
            + " участников был и Илья Шестаков, глава Федерального агентства по рыболовству. Начало работы"
            + " фонда намечено на осень.";

    private static ArticleAnalysis analyse(String id, String text) {
        Article article = new Article(id, null, null, "Вестник", null, "ru", "2031-05-14", PublishedSource.METADATA,
                text, null);
        return Analyzers.standard().analyze(article);
    }

    private static List<String> mentions(String text, List<Entity> entities, EntityType... types) {
        List<EntityType> wanted = List.of(types);
        return entities.stream().filter(e -> wanted.contains(e.type())).flatMap(e -> e.mentions().stream())
                .map(m -> m.span().of(text)).toList();
    }

    @Test
    void theReportGetsTheRussianModelAndItsPeoplePlacesAndOrganisation() {
        ArticleAnalysis analysis = analyse("a-ru", TEXT);

        assertThat(analysis.nerIfAny()).contains("corenlp-ru");
        assertThat(mentions(TEXT, analysis.entities(), EntityType.PERSON)).anyMatch(p -> p.contains("Кинтела"))
                .anyMatch(p -> p.contains("Шестаков"))
                .noneMatch(p -> p.contains("Во") || p.contains("Среди") || p.contains("Начало")
                        || p.contains("Переговоры"));
        assertThat(mentions(TEXT, analysis.entities(), EntityType.LOCATION, EntityType.COUNTRY))
                .anyMatch(p -> p.contains("Португалии"));
        assertThat(mentions(TEXT, analysis.entities(), EntityType.ORGANIZATION, EntityType.GROUP))
                .anyMatch(p -> p.contains("агентства по рыболовству"));
    }

    /** The annotators' types for NEREL's people, organisations and places. */
    private static final Map<String, List<EntityType>> NEREL_TYPES = Map.of(
            "PERSON", List.of(EntityType.PERSON),
            "ORGANIZATION", List.of(EntityType.ORGANIZATION, EntityType.GROUP),
            "CITY", List.of(EntityType.LOCATION, EntityType.COUNTRY),
            "COUNTRY", List.of(EntityType.LOCATION, EntityType.COUNTRY));

    @Test
    void theNamesOfARealNewsReportAreFound() throws IOException {
        Path dev = SeedArticles.shared().resolve("bench/ner/nerel-ru/dev");
        if (!Files.isDirectory(dev)) {
            if (System.getenv("CI") != null) {
                fail("the NEREL dev set is missing: " + dev.toAbsolutePath() + " (set -Ddossier.shared)");
            }
            Assumptions.abort("the NEREL dev set is not here: " + dev.toAbsolutePath());
        }
        Path txt;
        try (Stream<Path> files = Files.list(dev)) {
            txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Path ann = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".ann"));
        List<String[]> gold = new ArrayList<>(); // {type, start, end} of each entity of a type in NEREL_TYPES
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            String[] typeStartEnd = f.length > 1 ? f[1].split(" ") : new String[0];
            if (line.startsWith("T") && typeStartEnd.length == 3 && NEREL_TYPES.containsKey(typeStartEnd[0])) {
                gold.add(typeStartEnd);
            }
        }

        List<Entity> entities = analyse("a-nerel", text).entities();

        for (String type : NEREL_TYPES.keySet()) {
            List<String[]> ofType = gold.stream().filter(g -> g[0].equals(type)).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            long found = ofType.stream().filter(g -> entities.stream()
                    .filter(e -> NEREL_TYPES.get(type).contains(e.type())).flatMap(e -> e.mentions().stream())
                    .anyMatch(m -> overlaps(m, Integer.parseInt(g[1]), Integer.parseInt(g[2])))).count();
            assertThat(found).as("%s mentions of %d in %s found", type, ofType.size(), txt.getFileName())
                    .isGreaterThanOrEqualTo((ofType.size() + 1) / 2);
        }
    }

    private static boolean overlaps(Evidence m, int start, int end) {
        return m.start() < end && start < m.end();
    }
}

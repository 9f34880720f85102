package org.dossier.app.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Story;

/**
 * A dossier as schema.org JSON-LD: one {@code @graph} of a {@code NewsArticle} per article, an
 * {@code Event} per story, a {@code Person}, {@code Organization}, {@code Country}, {@code Place},
 * {@code Event} or {@code Thing} per entity, a {@code Quotation} per quotation and a {@code Claim}
 * per numeric claim. The {@code @context} is inline ({@code @vocab} schema.org), so a JSON-LD
 * processor needs nothing from the network. Nodes are named {@code urn:dossier:article:ID},
 * {@code urn:dossier:story:ID} and {@code urn:dossier:entity:ID} by their dossier/v1 ids; a
 * quotation or claim is a blank node. Offsets have no schema.org term: they stay in the JSON
 * export. Entities carry no Wikidata id, so no {@code sameAs} is written. Output follows the
 * dossier's order, so the same dossier gives the same bytes. Thread-safe.
 */
public final class JsonLdRenderer {

    /** The vocabulary every term of the output is read in. */
    public static final String VOCABULARY = "https://schema.org/";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public String render(Dossier dossier) {
        Map<String, Article> articles = new HashMap<>();
        dossier.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, String> storyOf = new HashMap<>();
        Map<String, Set<String>> mentioned = new HashMap<>();
        for (Story story : dossier.stories()) {
            story.articleIds().forEach(id -> storyOf.putIfAbsent(id, story.id()));
            for (Entity entity : story.entities()) {
                for (Evidence mention : entity.mentions()) {
                    mentioned.computeIfAbsent(mention.articleId(), k -> new LinkedHashSet<>()).add(entity.id());
                }
            }
        }

        ArrayNode graph = JSON.arrayNode();
        for (Article article : dossier.articles()) {
            graph.add(newsArticle(article, storyOf.get(article.id()), mentioned.getOrDefault(article.id(), Set.of())));
        }
        for (Story story : dossier.stories()) {
            graph.add(event(story));
            Map<String, Entity> entities = new LinkedHashMap<>();
            for (Entity entity : story.entities()) {
                entities.put(entity.id(), entity);
                graph.add(entity(entity));
            }
            for (Quote quote : story.quotes()) {
                graph.add(quotation(quote, story, entities, articles));
            }
            for (Claim claim : story.claims()) {
                graph.add(claim(claim, story, entities, articles));
            }
        }
        ObjectNode root = JSON.objectNode();
        root.putObject("@context").put("@vocab", VOCABULARY);
        root.set("@graph", graph);
        return DossierJson.pretty(root) + "\n";
    }

    private static ObjectNode newsArticle(Article article, String storyId, Set<String> entityIds) {
        ObjectNode node = node(articleIri(article.id()), "NewsArticle");
        node.put("identifier", article.id());
        putIfPresent(node, "headline", article.title());
        putIfPresent(node, "url", article.url());
        putIfPresent(node, "datePublished", article.published());
        node.put("inLanguage", article.language());
        if (article.outlet() != null && !article.outlet().isBlank()) {
            ObjectNode publisher = node.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", article.outlet());
        }
        if (storyId != null) {
            node.set("about", reference(storyIri(storyId)));
        }
        if (!entityIds.isEmpty()) {
            ArrayNode mentions = node.putArray("mentions");
            entityIds.forEach(id -> mentions.add(reference(entityIri(id))));
        }
        if (article.duplicateOf() != null) {
            node.set("isBasedOn", reference(articleIri(article.duplicateOf())));
        }
        return node;
    }

    private static ObjectNode event(Story story) {
        ObjectNode node = node(storyIri(story.id()), "Event");
        node.put("identifier", story.id());
        node.put("name", story.title());
        putIfPresent(node, "startDate", story.start());
        putIfPresent(node, "endDate", story.end());
        ArrayNode subjectOf = node.putArray("subjectOf");
        story.articleIds().forEach(id -> subjectOf.add(reference(articleIri(id))));
        return node;
    }

    private static ObjectNode entity(Entity entity) {
        String type = switch (entity.type()) {
            case PERSON -> "Person";
            case ORGANIZATION, GROUP -> "Organization";
            case COUNTRY -> "Country";
            case LOCATION -> "Place";
            case EVENT -> "Event";
            case OTHER -> "Thing";
        };
        ObjectNode node = node(entityIri(entity.id()), type);
        node.put("identifier", entity.id());
        node.put("name", entity.name());
        if (!entity.aliases().isEmpty()) {
            ArrayNode aliases = node.putArray("alternateName");
            entity.aliases().forEach(aliases::add);
        }
        if (!entity.roles().isEmpty()) {
            // jobTitle is a Person's; for anything else the roles describe it.
            ArrayNode roles = node.putArray(type.equals("Person") ? "jobTitle" : "description");
            entity.roles().forEach(roles::add);
        }
        return node;
    }

    private static ObjectNode quotation(Quote quote, Story story, Map<String, Entity> entities,
                                        Map<String, Article> articles) {
        ObjectNode node = JSON.objectNode();
        node.put("@type", "Quotation");
        node.put("text", quote.text());
        if (quote.speaker() != null) {
            String id = quote.speaker().entityId();
            if (id != null && entities.containsKey(id)) {
                node.set("spokenByCharacter", reference(entityIri(id)));
            } else {
                // A speaker no entity was resolved for is still a person with a name.
                ObjectNode person = node.putObject("spokenByCharacter");
                person.put("@type", "Person");
                person.put("name", quote.speaker().name());
            }
        }
        node.set("about", reference(storyIri(story.id())));
        ArrayNode appearsIn = node.putArray("isPartOf");
        appearsIn.add(reference(articleIri(quote.evidence().articleId())));
        quote.alsoReportedIn().stream().map(Evidence::articleId).distinct()
                .filter(id -> !id.equals(quote.evidence().articleId()) && articles.containsKey(id))
                .forEach(id -> appearsIn.add(reference(articleIri(id))));
        return node;
    }

    private static ObjectNode claim(Claim claim, Story story, Map<String, Entity> entities,
                                    Map<String, Article> articles) {
        ObjectNode node = JSON.objectNode();
        node.put("@type", "Claim");
        Entity subject = entities.get(claim.subject());
        String subjectName = subject == null ? claim.subject() : subject.name();
        node.put("name", subjectName + " " + claim.property() + ": "
                + (claim.qualifier() == null ? "" : claim.qualifier() + " ") + claim.value());
        Article article = articles.get(claim.evidence().articleId());
        if (article != null && claim.evidence().end() <= article.text().length()) {
            node.put("text", article.text().substring(claim.evidence().start(), claim.evidence().end()));
        }
        node.set("about", subject == null ? reference(storyIri(story.id())) : reference(entityIri(subject.id())));
        node.set("appearance", reference(articleIri(claim.evidence().articleId())));
        return node;
    }

    private static ObjectNode node(String iri, String type) {
        ObjectNode node = JSON.objectNode();
        node.put("@id", iri);
        node.put("@type", type);
        return node;
    }

    private static ObjectNode reference(String iri) {
        ObjectNode node = JSON.objectNode();
        node.put("@id", iri);
        return node;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }

    static String articleIri(String id) {
        return "urn:dossier:article:" + id;
    }

    static String storyIri(String id) {
        return "urn:dossier:story:" + id;
    }

    static String entityIri(String id) {
        return "urn:dossier:entity:" + id;
    }
}

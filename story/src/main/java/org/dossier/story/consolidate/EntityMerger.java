package org.dossier.story.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.story.AnalyzedArticle;

/**
 * Merges the article-local entities of a story into story entities.
 *
 * <p>Two entities of the same type family (person; organisation or group; location or country;
 * event; "other" only with itself by name) are one when
 * <ol>
 *   <li>a name or alias of one equals a name or alias of the other (case, accents, punctuation and a
 *       leading "the" ignored), or</li>
 *   <li>a one-word person name is the surname of exactly one full name in its own article (or, if
 *       its article has none, of full names that all share one first name in the story): "Bill
 *       Clinton" and "Hillary Clinton" stay two people however often "Clinton" appears, or</li>
 *   <li>two organisation names share their head noun (the word before the first "of", "to",
 *       "against", ...) and one's words are contained in the other's, or overlap by at least 40%,
 *       after names of already merged organisations are replaced by one token, so that "Coalition
 *       against the Islamic State" meets "Coalition to Defeat Daesh" when Daesh is known to be the
 *       Islamic State. A one-word name ("Coalition") joins only when it fits exactly one group; so
 *       does a lone surname under rule 2.</li>
 * </ol>
 * Story ids are {@code "e-"} and a hash of the story id, type family and canonical name, so the same
 * story always gives the same ids. Stateless and thread-safe.
 */
final class EntityMerger {

    /** Story entities and the mapping from article-local ids to them. */
    record Merged(List<Entity> entities, Map<String, String> idByLocal, Map<String, String> idByNameKey,
                  Map<String, Integer> sourceCount) {

        /** The story id of an article-local entity id, or null. */
        String resolve(String articleId, String localId) {
            return idByLocal.get(articleId + "\u0000" + localId);
        }

        /** The story id of the entity with this name or alias, or null if none or ambiguous. */
        String byName(String name) {
            return idByNameKey.get(Words.nameKey(name));
        }

        Entity get(String id) {
            for (Entity e : entities) {
                if (e.id().equals(id)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** An article's entity, with the cues of the article's language for reading its name. */
    private record Local(String articleId, Entity entity, Cues cues) {
    }

    Merged merge(String storyId, StoryText story) {
        List<Local> locals = new ArrayList<>();
        for (AnalyzedArticle a : story.members()) {
            for (Entity e : a.analysis().entities()) {
                locals.add(new Local(a.article().id(), e, Cues.of(a.article().language())));
            }
        }
        int n = locals.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Rule 1: shared name or alias.
        // A one-word person name that ends a full name ("Clinton") is a surname, not a shared name:
        // rule 2 places it.
        Set<String> surnames = surnames(locals);
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = locals.get(i).entity();
            for (String key : keys(e)) {
                if (e.type() == EntityType.PERSON && !key.contains(" ") && surnames.contains(key)) {
                    continue;
                }
                String k = family(e.type()) + "|" + key;
                Integer other = firstWithKey.putIfAbsent(k, i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
        // Rule 2: a lone surname joins the one full name it ends.
        mergeSurnames(locals, parent);
        // Rule 3: organisation names that contain one another.
        mergeOrganisations(locals, parent);

        Map<Integer, List<Local>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(locals.get(i));
        }
        List<Entity> entities = new ArrayList<>();
        Map<String, String> idByLocal = new LinkedHashMap<>();
        Map<String, String> idByNameKey = new LinkedHashMap<>();
        Set<String> ambiguousKeys = new HashSet<>();
        Map<String, Integer> sourceCount = new LinkedHashMap<>();
        Set<String> usedIds = new HashSet<>();
        Comparator<Evidence> order = story.evidenceOrder();
        for (List<Local> group : groups.values()) {
            EntityType type = majorityType(group);
            String canonical = canonicalName(group, type, story);
            String id = Ids.hashed("e-", storyId, family(type), Words.nameKey(canonical));
            for (int k = 2; !usedIds.add(id); k++) {
                id = Ids.hashed("e-", storyId, family(type), Words.nameKey(canonical), Integer.toString(k));
            }
            Map<String, String> aliases = new LinkedHashMap<>();
            Map<String, String> roles = new LinkedHashMap<>();
            Set<Evidence> mentions = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            for (Local l : group) {
                Entity e = l.entity();
                aliases.putIfAbsent(Words.nameKey(e.name()), e.name().strip());
                for (String alias : e.aliases()) {
                    if (!alias.isBlank()) {
                        aliases.putIfAbsent(Words.nameKey(alias), alias.strip());
                    }
                }
                for (String role : e.roles()) {
                    if (!role.isBlank()) {
                        roles.putIfAbsent(Words.fold(role).strip(), role.strip());
                    }
                }
                mentions.addAll(e.mentions());
                sources.add(story.source(l.articleId()));
                idByLocal.put(l.articleId() + "\u0000" + e.id(), id);
            }
            aliases.remove(Words.nameKey(canonical));
            for (String key : aliases.keySet()) {
                String previous = idByNameKey.putIfAbsent(key, id);
                if (previous != null && !previous.equals(id)) {
                    ambiguousKeys.add(key);
                }
            }
            String previous = idByNameKey.putIfAbsent(Words.nameKey(canonical), id);
            if (previous != null && !previous.equals(id)) {
                ambiguousKeys.add(Words.nameKey(canonical));
            }
            List<Evidence> sortedMentions = new ArrayList<>(mentions);
            sortedMentions.sort(order);
            aliases.values().removeIf(a -> a.isBlank());
            entities.add(new Entity(id, canonical, type, List.copyOf(aliases.values()), List.copyOf(roles.values()),
                    sortedMentions));
            sourceCount.put(id, sources.size());
        }
        ambiguousKeys.forEach(idByNameKey::remove);
        entities.sort(Comparator.comparingInt((Entity e) -> -sourceCount.get(e.id()))
                .thenComparingInt(e -> -e.mentions().size())
                .thenComparing(Entity::name).thenComparing(Entity::id));
        return new Merged(List.copyOf(entities), Map.copyOf(idByLocal), Map.copyOf(idByNameKey),
                Map.copyOf(sourceCount));
    }

    /** Last words of the multi-word person names and aliases of a story. */
    private static Set<String> surnames(List<Local> locals) {
        Set<String> out = new HashSet<>();
        for (Local l : locals) {
            if (l.entity().type() == EntityType.PERSON) {
                for (String name : names(l.entity())) {
                    String[] parts = Words.nameKey(name).split(" ");
                    if (parts.length >= 2) {
                        out.add(parts[parts.length - 1]);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Rule 2. A lone surname goes with the full name it ends in its own article when that article
     * has exactly one such full name, and stays its own entity when the article has several. An
     * article with none lends it to the story's full names only when they all share one first name.
     * Two full names with different first names are never joined through a surname.
     */
    private static void mergeSurnames(List<Local> locals, int[] parent) {
        for (int i = 0; i < locals.size(); i++) {
            Entity e = locals.get(i).entity();
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String key = Words.nameKey(e.name());
            if (key.isEmpty() || key.contains(" ") || hasFullName(e)) {
                continue;
            }
            Map<Integer, Set<String>> ownArticle = fullNamesEnding(locals, parent, key, locals.get(i).articleId());
            Map<Integer, Set<String>> candidates = ownArticle.isEmpty()
                    ? fullNamesEnding(locals, parent, key, null) : ownArticle;
            Set<String> firstNames = new HashSet<>();
            candidates.values().forEach(firstNames::addAll);
            if (firstNames.size() == 1 && (candidates.size() == 1 || ownArticle.isEmpty())) {
                for (int c : candidates.keySet()) {
                    union(parent, c, i);
                }
            }
        }
    }

    private static boolean hasFullName(Entity e) {
        return names(e).stream().anyMatch(name -> Words.nameKey(name).contains(" "));
    }

    /**
     * The groups holding a person with a full name ending in {@code surname}, in one article or (when
     * {@code articleId} is null) the whole story, each with the first names it carries there.
     */
    private static Map<Integer, Set<String>> fullNamesEnding(List<Local> locals, int[] parent, String surname,
                                                            String articleId) {
        Map<Integer, Set<String>> out = new TreeMap<>();
        for (int j = 0; j < locals.size(); j++) {
            Entity f = locals.get(j).entity();
            if (f.type() != EntityType.PERSON || (articleId != null && !articleId.equals(locals.get(j).articleId()))) {
                continue;
            }
            for (String name : names(f)) {
                String[] parts = Words.nameKey(name).split(" ");
                if (parts.length >= 2 && parts[parts.length - 1].equals(surname)) {
                    out.computeIfAbsent(find(parent, j), k -> new HashSet<>()).add(parts[0]);
                }
            }
        }
        return out;
    }

    private static void mergeOrganisations(List<Local> locals, int[] parent) {
        int n = locals.size();
        // Names of organisation groups, to recognise one group's name inside another's.
        Map<String, Integer> groupOfName = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entity e = locals.get(i).entity();
            if (family(e.type()).equals("org")) {
                for (String name : names(e)) {
                    String k = Words.nameKey(name);
                    if (k.length() > 1) {
                        groupOfName.merge(k, find(parent, i), (a, b) -> a.equals(b) ? a : -1);
                    }
                }
            }
        }
        List<Set<String>> words = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Entity e = locals.get(i).entity();
            String k = Words.nameKey(e.name());
            int self = find(parent, i);
            Cues cues = locals.get(i).cues();
            String head = head(k, cues);
            heads.add(head);
            for (Map.Entry<String, Integer> g : new TreeMap<>(groupOfName).entrySet()) {
                boolean embedded = (" " + k + " ").contains(" " + g.getKey() + " ")
                        && !(" " + g.getKey() + " ").contains(" " + head + " ");
                if (g.getValue() >= 0 && g.getValue() != self && embedded) {
                    k = (" " + k + " ").replace(" " + g.getKey() + " ", " #" + g.getValue() + " ").strip();
                }
            }
            Set<String> w = new LinkedHashSet<>();
            for (String t : k.split(" ")) {
                if (!t.isEmpty() && !cues.has(Cues.Section.NAME_LINKS, t) && !cues.has(Cues.Section.STOPWORDS, t)) {
                    w.add(t);
                }
            }
            words.add(w);
        }
        // Full names first, all matches merged; then one-word names ("Coalition"), only into a single
        // candidate, since a bare head noun could belong to any of several organisations.
        for (boolean oneWord : new boolean[] {false, true}) {
            for (int i = 0; i < n; i++) {
                if (!family(locals.get(i).entity().type()).equals("org") || words.get(i).isEmpty()
                        || (words.get(i).size() == 1) != oneWord) {
                    continue;
                }
                Set<Integer> candidates = new HashSet<>();
                for (int j = 0; j < n; j++) {
                    if (i == j || !family(locals.get(j).entity().type()).equals("org")
                            || find(parent, i) == find(parent, j) || !heads.get(i).equals(heads.get(j))
                            || words.get(j).size() == 1) {
                        continue;
                    }
                    Set<String> a = words.get(i);
                    Set<String> b = words.get(j);
                    boolean contained = b.containsAll(a) || a.containsAll(b);
                    if (contained || (Words.jaccard(a, b) >= 0.4 && Words.shared(a, b) >= 2)) {
                        candidates.add(find(parent, j));
                    }
                }
                if (!oneWord || candidates.size() == 1) {
                    for (int c : candidates) {
                        union(parent, i, c);
                    }
                }
            }
        }
    }

    /**
     * The head noun of an organisation name: the word before the first linking word ({@link
     * Cues.Section#NAME_LINKS}), else the last.
     */
    private static String head(String key, Cues cues) {
        String[] parts = key.split(" ");
        for (int i = 1; i < parts.length; i++) {
            if (cues.has(Cues.Section.NAME_LINKS, parts[i])) {
                return parts[i - 1];
            }
        }
        return parts[parts.length - 1];
    }

    private static List<String> names(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(e.name());
        out.addAll(e.aliases());
        return out;
    }

    private static Set<String> keys(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names(e)) {
            String k = Words.nameKey(name);
            if (k.length() >= 2) {
                out.add(k);
            }
        }
        return out;
    }

    /** Type families whose members may be merged: NER often labels a group an organisation. */
    static String family(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION, GROUP -> "org";
            case LOCATION, COUNTRY -> "place";
            case EVENT -> "event";
            case OTHER -> "other";
        };
    }

    private static EntityType majorityType(List<Local> group) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        for (Local l : group) {
            counts.merge(l.entity().type(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<EntityType, Integer> e) -> e.getValue())
                        .thenComparing(e -> -e.getKey().ordinal()))
                .orElseThrow().getKey();
    }

    /**
     * The name most sources use; among equals a full (multi-word) name before a short form, a proper
     * name before a description, then the shorter (for people the longer), then the alphabetically
     * first, so the choice does not depend on input order.
     */
    private static String canonicalName(List<Local> group, EntityType type, StoryText story) {
        Map<String, Set<String>> sourcesByName = new TreeMap<>();
        Map<String, String> surface = new HashMap<>();
        Map<String, Cues> cuesOf = new HashMap<>();
        for (Local l : group) {
            String key = Words.nameKey(l.entity().name());
            sourcesByName.computeIfAbsent(key, k -> new HashSet<>()).add(story.source(l.articleId()));
            surface.putIfAbsent(key, l.entity().name().strip());
            cuesOf.putIfAbsent(key, l.cues());
        }
        Comparator<String> better = Comparator
                .comparingInt((String k) -> k.contains(" ") ? 0 : 1)
                .thenComparingInt(k -> -sourcesByName.get(k).size())
                .thenComparingInt(k -> type == EntityType.PERSON ? -k.length() : k.length())
                .thenComparing(Comparator.naturalOrder());
        if (type != EntityType.PERSON) {
            // Organisations and places: the most used name first; a full name only breaks ties.
            better = Comparator.comparingInt((String k) -> -sourcesByName.get(k).size())
                    .thenComparingInt(k -> k.contains(" ") ? 0 : 1)
                    .thenComparingInt(k -> properName(surface.get(k), cuesOf.get(k)) ? 0 : 1)
                    .thenComparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder());
        }
        String best = sourcesByName.keySet().stream().min(better).orElseThrow();
        return surface.get(best);
    }

    /**
     * Whether every word but linking words and articles starts with a capital: "Coalition to Defeat
     * Daesh", not "anti-IS coalition".
     */
    private static boolean properName(String name, Cues cues) {
        for (String w : name.split("[\\s/]+")) {
            if (!w.isEmpty() && !cues.has(Cues.Section.NAME_LINKS, w) && !cues.has(Cues.Section.ARTICLES, w)
                    && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // The smaller index stays root, so groups are keyed by their first member: deterministic.
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}

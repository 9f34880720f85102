package org.dossier.analyze.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Annotator;
import org.dossier.analyze.entity.Mention.Origin;
import org.dossier.analyze.entity.RoleFinder.Title;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.model.Dateline;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;

/**
 * Finds the entities of one article: people, organisations, places, countries, armed or political
 * groups and clear events, each with every mention as evidence, the surface forms merged into it
 * as aliases, and the roles the text gives it.
 *
 * <p>Merging, within one article: mentions with the same canonical name from the alias knowledge
 * ("ISIS", "Daesh", "Islamic State"); a person's surname or partial name with the fuller name that
 * contains it ("Blinken", "Antony Blinken"); an acronym the article defines; a bare title with the
 * one person who holds it ("the Secretary of State"). Nationality adjectives make no entity; a
 * country named inside a title ("US Secretary of State") is a mention of that country.
 *
 * <p>Entity ids are {@code e-} and 12 hex digits of a SHA-256 of article id, type and canonical name:
 * deterministic and local to the article. Output is ordered by first mention. Thread-safe: the
 * alias table is shared and read-only, all other state is per call.
 */
public final class EntityAnnotator implements Annotator<Entity> {

    private final AliasTable table;
    /** Per article language, a finder reading the names of every language and of that one. */
    private final Map<String, MentionFinder> finders = new ConcurrentHashMap<>();

    public EntityAnnotator() {
        this(AliasTable.shared());
    }

    EntityAnnotator(AliasTable table) {
        this.table = table;
    }

    @Override
    public List<Entity> annotate(AnnotationContext context) {
        NlpDocument doc = context.nlp();
        if (doc.tokens().isEmpty()) {
            return List.of();
        }
        String language = doc.language() == null ? "" : doc.language();
        MentionFinder.Found found = finders.computeIfAbsent(language, l -> new MentionFinder(table.forLanguage(l))).find(doc);
        List<Mention> mentions = new ArrayList<>(found.mentions());
        if (context.dateline() != null) {
            datelinePlace(mentions, context.dateline(), table.forLanguage(language));
        }
        int[] cluster = cluster(mentions);

        RoleFinder roles = new RoleFinder(doc, table, mentions, found.demonymTokens());
        Map<Integer, List<Title>> rolesByCluster = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() == EntityType.PERSON) {
                rolesByCluster.computeIfAbsent(cluster[i], k -> new ArrayList<>()).addAll(roles.rolesOf(mentions.get(i)));
            }
        }
        List<Mention> titled = new ArrayList<>();
        List<Integer> titledCluster = new ArrayList<>();
        for (Title bare : roles.bareTitles()) {
            Integer holder = holder(bare, rolesByCluster);
            if (holder == null) {
                continue;
            }
            int first = roles.citedFirstToken(bare);
            int start = doc.tokens().get(first).start();
            int end = doc.tokens().get(bare.lastToken()).end();
            Mention m = new Mention(start, end, first, bare.lastToken(), doc.text().substring(start, end),
                    EntityType.PERSON, null, Origin.TITLE);
            if (mentions.stream().noneMatch(o -> o.overlaps(m))) {
                titled.add(m);
                titledCluster.add(holder);
            }
        }
        return entities(context.article().id(), mentions, cluster, titled, titledCluster, rolesByCluster);
    }

    /**
     * The place a dateline opens with is a place, whatever the tagger made of it (a Spanish
     * "OPORTO." read as an organisation): the mention covering it is retyped a location, under the
     * name the alias table knows it by.
     */
    private static void datelinePlace(List<Mention> mentions, Dateline dateline, AliasTable table) {
        String key = AliasTable.key(dateline.town());
        Optional<AliasTable.Alias> known = table.place(dateline.town());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() != dateline.span().start() || !AliasTable.key(m.surface()).equals(key)
                    || m.type() == EntityType.LOCATION || m.type() == EntityType.COUNTRY) {
                continue;
            }
            mentions.set(i, known.isPresent()
                    ? m.withType(EntityType.valueOf(known.get().type()), known.get().canonical(), Origin.KNOWLEDGE)
                    : m.withType(EntityType.LOCATION, null, m.origin()));
        }
    }

    /** The one person whose roles the bare title fits, or null if none or several. */
    private static Integer holder(Title bare, Map<Integer, List<Title>> rolesByCluster) {
        Integer holder = null;
        for (Map.Entry<Integer, List<Title>> e : rolesByCluster.entrySet()) {
            if (e.getValue().stream().anyMatch(r -> RoleFinder.fits(bare, r))) {
                if (holder != null && !holder.equals(e.getKey())) {
                    return null;
                }
                holder = e.getKey();
            }
        }
        return holder;
    }

    /**
     * Cluster number of each mention. People: longer names first; a name whose words all appear,
     * in order and adjacent, in an earlier cluster's name joins it. Others: by canonical name, else
     * by normalised surface.
     */
    private static int[] cluster(List<Mention> mentions) {
        agreeOnTypes(mentions);
        int[] cluster = new int[mentions.size()];
        Arrays.fill(cluster, -1);
        List<String[]> personNames = new ArrayList<>();
        List<Integer> personClusters = new ArrayList<>();
        Integer[] order = new Integer[mentions.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -words(mentions.get(i)).length)
                .thenComparingInt(i -> mentions.get(i).start()));
        int next = 0;
        for (int i : order) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            String[] w = words(m);
            int found = -1;
            for (int p = 0; p < personNames.size() && found < 0; p++) {
                if (containsRun(personNames.get(p), w)) {
                    found = personClusters.get(p);
                }
            }
            if (found < 0) {
                found = next++;
                personNames.add(w);
                personClusters.add(found);
            }
            cluster[i] = found;
        }
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (cluster[i] >= 0) {
                continue;
            }
            Integer c = byKey.computeIfAbsent(key(m), k -> byKey.size() + 100_000);
            cluster[i] = c;
        }
        shortOrganisationNames(mentions, cluster, byKey);
        return cluster;
    }

    /**
     * "the Coalition" after "the Global Coalition": a one-word organisation name that ends exactly
     * one longer organisation name of the article joins it.
     */
    private static void shortOrganisationNames(List<Mention> mentions, int[] cluster, Map<String, Integer> byKey) {
        Map<String, Integer> longer = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention m : mentions) {
            String[] w = words(m);
            if (m.type() == EntityType.ORGANIZATION && m.canonical() == null && w.length > 1) {
                Integer previous = longer.put(w[w.length - 1], byKey.get(key(m)));
                if (previous != null && !previous.equals(byKey.get(key(m)))) {
                    ambiguous.add(w[w.length - 1]);
                }
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String[] w = words(m);
            if (m.type() == EntityType.ORGANIZATION && m.canonical() == null && w.length == 1
                    && longer.containsKey(w[0]) && !ambiguous.contains(w[0])) {
                int from = cluster[i];
                int to = longer.get(w[0]);
                for (int j = 0; j < cluster.length; j++) {
                    if (cluster[j] == from) {
                        cluster[j] = to;
                    }
                }
            }
        }
    }

    private static String key(Mention m) {
        return m.canonical() != null ? "k:" + m.canonical() : "s:" + AliasTable.key(m.surface());
    }

    /**
     * The tagger may call one name a person here and an organisation there ("Der Spiegel"): names
     * the knowledge does not type take the type most of their mentions have.
     */
    private static void agreeOnTypes(List<Mention> mentions) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        List<String[]> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.canonical() == null && m.origin() == Origin.NER) {
                votes.computeIfAbsent(key(m), k -> new LinkedHashMap<>()).merge(m.type(), 1, Integer::sum);
                if (m.type() == EntityType.PERSON && words(m).length > 1) {
                    people.add(words(m));
                }
            }
        }
        // Part of a longer person's name ("Di Maio" of "Luigi Di Maio") counts as one vote for PERSON.
        for (Map.Entry<String, Map<EntityType, Integer>> e : votes.entrySet()) {
            String[] w = AliasTable.key(e.getKey().substring(2)).split(" ");
            if (people.stream().anyMatch(p -> p.length > w.length && containsRun(p, w))) {
                e.getValue().merge(EntityType.PERSON, 1, Integer::sum);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Map<EntityType, Integer> v = votes.get(key(m));
            if (m.canonical() != null || v == null || v.size() < 2) {
                continue;
            }
            EntityType winner = null;
            int best = 0;
            for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
                // On a tie a person wins: partial names are the tagger's commonest slip.
                if (e.getValue() > best || e.getValue() == best && e.getKey() == EntityType.PERSON) {
                    winner = e.getKey();
                    best = e.getValue();
                }
            }
            if (winner != m.type()) {
                mentions.set(i, m.withType(winner, null, m.origin()));
            }
        }
    }

    private static String[] words(Mention m) {
        String key = AliasTable.key(m.surface());
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    private static boolean containsRun(String[] whole, String[] part) {
        if (part.length == 0 || part.length > whole.length) {
            return false;
        }
        for (int s = 0; s + part.length <= whole.length; s++) {
            boolean all = true;
            for (int k = 0; k < part.length && all; k++) {
                all = whole[s + k].equals(part[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<Entity> entities(String articleId, List<Mention> mentions, int[] cluster,
                                         List<Mention> titled, List<Integer> titledCluster,
                                         Map<Integer, List<Title>> rolesByCluster) {
        Map<Integer, List<Mention>> byCluster = new LinkedHashMap<>();
        List<Mention> all = new ArrayList<>(mentions);
        List<Integer> allClusters = new ArrayList<>();
        for (int c : cluster) {
            allClusters.add(c);
        }
        all.addAll(titled);
        allClusters.addAll(titledCluster);
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> all.get(i).start()));
        for (int i : order) {
            byCluster.computeIfAbsent(allClusters.get(i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<Entity> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<Integer, List<Mention>> e : byCluster.entrySet()) {
            List<Mention> ms = e.getValue();
            EntityType type = typeOf(ms);
            String name = nameOf(ms);
            Set<String> aliases = new LinkedHashSet<>();
            for (Mention m : ms) {
                if (!m.surface().equals(name)) {
                    aliases.add(m.surface());
                }
            }
            Set<String> roles = new LinkedHashSet<>();
            if (type == EntityType.PERSON) {
                roles.addAll(RoleFinder.texts(rolesByCluster.getOrDefault(e.getKey(), List.of())));
            }
            List<Evidence> evidence = ms.stream().map(m -> new Evidence(articleId, m.start(), m.end())).toList();
            String id = id(articleId, type, name);
            for (int n = 2; !ids.add(id); n++) {
                id = id(articleId, type, name + "#" + n);
            }
            out.add(new Entity(id, name, type, List.copyOf(aliases), List.copyOf(roles), evidence));
        }
        return List.copyOf(out);
    }

    /** The knowledge's type if any mention came from it, else the most frequent tagger type. */
    private static EntityType typeOf(List<Mention> ms) {
        for (Mention m : ms) {
            if (m.type() == EntityType.PERSON) {
                return EntityType.PERSON;
            }
        }
        for (Mention m : ms) {
            if (m.canonical() != null && m.origin() == Origin.KNOWLEDGE) {
                return m.type();
            }
        }
        Map<EntityType, Integer> votes = new LinkedHashMap<>();
        for (Mention m : ms) {
            votes.merge(m.type(), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The knowledge's canonical name, else the longest proper name written (most words, then first). */
    private static String nameOf(List<Mention> ms) {
        for (Mention m : ms) {
            if (m.canonical() != null) {
                return m.canonical();
            }
        }
        Mention best = null;
        for (Mention m : ms) {
            if (m.origin() == Origin.TITLE) {
                continue;
            }
            if (best == null || words(m).length > words(best).length
                    || words(m).length == words(best).length && m.surface().length() > best.surface().length()) {
                best = m;
            }
        }
        return best == null ? ms.get(0).surface() : best.surface();
    }

    static String id(String articleId, EntityType type, String name) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((articleId + "\u0000" + type + "\u0000" + name).getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder("e-");
            for (int i = 0; i < 6; i++) {
                b.append(String.format("%02x", hash[i]));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}

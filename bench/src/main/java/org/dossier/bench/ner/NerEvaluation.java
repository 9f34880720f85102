package org.dossier.bench.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.analyze.AnnotationContext;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.entity.EntityAnnotator;
import org.dossier.analyze.nlp.NerModel;
import org.dossier.analyze.nlp.Token;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;

/**
 * Runs the entity annotator and plain CoreNLP over a CoNLL corpus and scores both the same way.
 *
 * <p>Each CoNLL document becomes an article whose text is its tokens joined by single spaces,
 * sentences separated by a blank line (CoreNLP splits sentences there). Predictions are mapped back
 * to CoNLL tokens by character offsets; a prediction that does not start and end on token
 * boundaries cannot match. Ours: every mention of every exported entity, with the entity's type
 * (PERSON to PER, ORGANIZATION and GROUP to ORG, LOCATION and COUNTRY to LOC, EVENT to MISC), so
 * it scores exactly what the JSON export holds. "With MISC" adds CoreNLP's MISC chunks that
 * overlap none of our mentions, since the product exports no MISC entities. Reference: CoreNLP's
 * own coarse tags from the same run, chunked by equal adjacent tags.
 */
public final class NerEvaluation {

    /** The scores of one run. */
    public record Result(ChunkScore ours, ChunkScore oursWithMisc, ChunkScore coreNlp, int documents, int tokens,
                         double seconds, List<String> differences, String ner) {
    }

    private NerEvaluation() {
    }

    /** Scores {@code corpus} as articles in {@code language} (ISO 639-1), which picks the NER model. */
    public static Result run(ConllCorpus corpus, String language, int threads)
            throws InterruptedException, ExecutionException {
        EntityAnnotator annotator = new EntityAnnotator();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<List<List<Chunk>>>> futures = new ArrayList<>();
            int n = 0;
            for (ConllCorpus.Document doc : corpus.documents()) {
                String id = "a-conll-" + n++;
                futures.add(pool.submit(() -> predict(id, language, doc, annotator)));
            }
            ChunkScore ours = new ChunkScore();
            ChunkScore withMisc = new ChunkScore();
            ChunkScore coreNlp = new ChunkScore();
            int tokens = 0;
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                List<List<Chunk>> p = futures.get(i).get();
                List<String> tags = new ArrayList<>();
                List<String> words = new ArrayList<>();
                corpus.documents().get(i).sentences().forEach(s -> s.forEach(r -> {
                    tags.add(r.tag());
                    words.add(r.token());
                }));
                tokens += tags.size();
                List<Chunk> gold = ChunkScore.chunks(tags);
                differences.addAll(differences(i, words, gold, p.get(0), p.get(2)));
                ours.add(gold, p.get(0));
                withMisc.add(gold, p.get(1));
                coreNlp.add(gold, p.get(2));
            }
            return new Result(ours, withMisc, coreNlp, corpus.documents().size(), tokens,
                    (System.nanoTime() - t0) / 1e9, differences, NerModel.forLanguage(language).id());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Ours, ours with CoreNLP's MISC, plain CoreNLP: chunks over the document's tokens. */
    private static List<List<Chunk>> predict(String id, String language, ConllCorpus.Document doc,
                                             EntityAnnotator annotator) {
        StringBuilder text = new StringBuilder();
        Map<Integer, Integer> startToken = new TreeMap<>();
        Map<Integer, Integer> endToken = new TreeMap<>();
        int index = 0;
        for (List<ConllCorpus.Row> sentence : doc.sentences()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                startToken.put(text.length(), index);
                text.append(sentence.get(i).token());
                endToken.put(text.length(), index + 1);
                index++;
            }
        }
        Article article = new Article(id, null, null, null, null, language, null, null, text.toString(), null);
        AnnotationContext context = Analyzers.context(article);
        List<Entity> entities = annotator.annotate(context);
        List<Chunk> ours = new ArrayList<>();
        List<int[]> ourSpans = new ArrayList<>();
        for (Entity e : entities) {
            String type = conllType(e.type());
            for (Evidence m : e.mentions()) {
                ourSpans.add(new int[] {m.start(), m.end()});
                ours.add(toChunk(m.start(), m.end(), type, startToken, endToken));
            }
        }
        List<Chunk> coreNlp = new ArrayList<>();
        List<Chunk> withMisc = new ArrayList<>(ours);
        List<Token> tokens = context.nlp().tokens();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            String type = switch (tag) {
                case "PERSON" -> "PER";
                case "ORGANIZATION" -> "ORG";
                case "LOCATION" -> "LOC";
                case "MISC" -> "MISC";
                default -> null;
            };
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(tag)
                    && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (type != null) {
                int s = tokens.get(i).start();
                int e = tokens.get(j).end();
                Chunk c = toChunk(s, e, type, startToken, endToken);
                coreNlp.add(c);
                if (type.equals("MISC") && ourSpans.stream().noneMatch(o -> o[0] < e && s < o[1])) {
                    withMisc.add(c);
                }
            }
            i = j + 1;
        }
        return List.of(ours, withMisc, coreNlp);
    }

    private static Chunk toChunk(int start, int end, String type, Map<Integer, Integer> startToken,
                                 Map<Integer, Integer> endToken) {
        Integer s = startToken.get(start);
        Integer e = endToken.get(end);
        // Off-boundary predictions stay countable as wrong: negative indices match no gold chunk.
        return new Chunk(s == null ? -1 - start : s, e == null ? -1 - end : e, type);
    }

    /** Chunks where ours and CoreNLP disagree, marked + when right (in gold) and - when wrong. */
    private static List<String> differences(int doc, List<String> words, List<Chunk> gold, List<Chunk> ours,
                                            List<Chunk> coreNlp) {
        java.util.Set<Chunk> g = new java.util.HashSet<>(gold);
        java.util.Set<Chunk> o = new java.util.HashSet<>(ours);
        java.util.Set<Chunk> c = new java.util.HashSet<>(coreNlp);
        List<String> out = new ArrayList<>();
        for (Chunk x : o) {
            if (!c.contains(x)) {
                out.add("doc " + doc + " ours only " + (g.contains(x) ? "+ " : "- ") + show(words, x));
            }
        }
        for (Chunk x : c) {
            if (!o.contains(x)) {
                out.add("doc " + doc + " corenlp only " + (g.contains(x) ? "+ " : "- ") + show(words, x));
            }
        }
        return out;
    }

    private static String show(List<String> words, Chunk c) {
        if (c.start() < 0 || c.end() < 0 || c.end() > words.size()) {
            return c.type() + " (off token boundaries)";
        }
        return c.type() + " " + String.join(" ", words.subList(c.start(), c.end()));
    }

    static String conllType(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION, GROUP -> "ORG";
            case LOCATION, COUNTRY -> "LOC";
            case EVENT, OTHER -> "MISC";
        };
    }

}

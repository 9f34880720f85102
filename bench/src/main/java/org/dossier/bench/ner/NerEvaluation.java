package org.dossier.bench.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
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
 * Runs the entity annotator and plain CoreNLP over a CoNLL corpus, or a corpus annotated by
 * character offsets ({@link SpanDocument}), and scores both the same way.
 *
 * <p>Each CoNLL document becomes an article whose text is its tokens joined by single spaces,
 * sentences separated by a blank line (CoreNLP splits sentences there). Predictions are mapped back
 * to CoNLL tokens by character offsets; a prediction that does not start and end on token
 * boundaries cannot match. A corpus of character offsets is scored on its own text, by characters.
 * Ours: every mention of every exported entity, with the entity's type
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

    /** Ours, ours with CoreNLP's MISC, plain CoreNLP: chunks of one document, and its number of tokens. */
    private record Prediction(List<Chunk> ours, List<Chunk> withMisc, List<Chunk> coreNlp, int tokens) {
    }

    /** A document to score: the text the article gets, its gold chunks, and how to show a chunk. */
    private record Scored(String text, List<Chunk> gold, Function<Chunk, String> show) {
    }

    /** Scores {@code corpus} as articles in {@code language} (ISO 639-1), which picks the NER model. */
    public static Result run(ConllCorpus corpus, String language, int threads)
            throws InterruptedException, ExecutionException {
        List<Scored> docs = new ArrayList<>();
        List<Function<Prediction, Prediction>> toTokens = new ArrayList<>();
        for (ConllCorpus.Document doc : corpus.documents()) {
            ConllText text = new ConllText(doc);
            docs.add(new Scored(text.text, text.gold, text::show));
            toTokens.add(text::toTokens);
        }
        return run(docs, toTokens, language, threads);
    }

    /**
     * Scores documents annotated by character offsets (FactRuEval, NEREL) as articles of their own
     * text in {@code language}: a mention is exactly right when its characters and type are a gold
     * mention's, and right by overlap when it overlaps a gold mention of its type.
     */
    public static Result run(List<SpanDocument> corpus, String language, int threads)
            throws InterruptedException, ExecutionException {
        List<Scored> docs = new ArrayList<>();
        for (SpanDocument doc : corpus) {
            docs.add(new Scored(doc.text(), doc.gold(), c -> c.type() + " " + doc.cover(c)));
        }
        return run(docs, java.util.Collections.nCopies(docs.size(), Function.identity()), language, threads);
    }

    private static Result run(List<Scored> docs, List<Function<Prediction, Prediction>> mapping, String language,
                              int threads) throws InterruptedException, ExecutionException {
        EntityAnnotator annotator = new EntityAnnotator();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<Prediction>> futures = new ArrayList<>();
            for (int n = 0; n < docs.size(); n++) {
                String id = "a-ner-" + n;
                String text = docs.get(n).text();
                futures.add(pool.submit(() -> predict(id, language, text, annotator)));
            }
            ChunkScore ours = new ChunkScore();
            ChunkScore withMisc = new ChunkScore();
            ChunkScore coreNlp = new ChunkScore();
            int tokens = 0;
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                Prediction p = mapping.get(i).apply(futures.get(i).get());
                List<Chunk> gold = docs.get(i).gold();
                tokens += p.tokens();
                differences.addAll(differences(i, docs.get(i).show(), gold, p.ours(), p.coreNlp()));
                ours.add(gold, p.ours());
                withMisc.add(gold, p.withMisc());
                coreNlp.add(gold, p.coreNlp());
            }
            return new Result(ours, withMisc, coreNlp, docs.size(), tokens,
                    (System.nanoTime() - t0) / 1e9, differences, NerModel.forLanguage(language).id());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A CoNLL document as an article's text, its tokens joined by spaces and its sentences by a
     * blank line, with its gold chunks over the tokens and the way back from characters to tokens.
     */
    private static final class ConllText {
        private final StringBuilder builder = new StringBuilder();
        private final Map<Integer, Integer> startToken = new TreeMap<>();
        private final Map<Integer, Integer> endToken = new TreeMap<>();
        private final List<String> words = new ArrayList<>();
        private final String text;
        private final List<Chunk> gold;

        ConllText(ConllCorpus.Document doc) {
            List<String> tags = new ArrayList<>();
            for (List<ConllCorpus.Row> sentence : doc.sentences()) {
                if (builder.length() > 0) {
                    builder.append("\n\n");
                }
                for (int i = 0; i < sentence.size(); i++) {
                    if (i > 0) {
                        builder.append(' ');
                    }
                    startToken.put(builder.length(), words.size());
                    builder.append(sentence.get(i).token());
                    endToken.put(builder.length(), words.size() + 1);
                    words.add(sentence.get(i).token());
                    tags.add(sentence.get(i).tag());
                }
            }
            text = builder.toString();
            gold = ChunkScore.chunks(tags);
        }

        Prediction toTokens(Prediction p) {
            return new Prediction(toTokens(p.ours()), toTokens(p.withMisc()), toTokens(p.coreNlp()), words.size());
        }

        private List<Chunk> toTokens(List<Chunk> characters) {
            List<Chunk> out = new ArrayList<>();
            for (Chunk c : characters) {
                Integer s = startToken.get(c.start());
                Integer e = endToken.get(c.end());
                // Off-boundary predictions stay countable as wrong: negative indices match no gold chunk.
                out.add(new Chunk(s == null ? -1 - c.start() : s, e == null ? -1 - c.end() : e, c.type()));
            }
            return out;
        }

        String show(Chunk c) {
            if (c.start() < 0 || c.end() < 0 || c.end() > words.size()) {
                return c.type() + " (off token boundaries)";
            }
            return c.type() + " " + String.join(" ", words.subList(c.start(), c.end()));
        }
    }

    /** Ours, ours with CoreNLP's MISC, plain CoreNLP: character chunks of the text. */
    private static Prediction predict(String id, String language, String text, EntityAnnotator annotator) {
        Article article = new Article(id, null, null, null, null, language, null, null, text, null);
        AnnotationContext context = Analyzers.context(article);
        List<Entity> entities = annotator.annotate(context);
        List<Chunk> ours = new ArrayList<>();
        for (Entity e : entities) {
            String type = conllType(e.type());
            for (Evidence m : e.mentions()) {
                ours.add(new Chunk(m.start(), m.end(), type));
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
                Chunk c = new Chunk(tokens.get(i).start(), tokens.get(j).end(), type);
                coreNlp.add(c);
                if (type.equals("MISC") && ours.stream().noneMatch(c::overlaps)) {
                    withMisc.add(c);
                }
            }
            i = j + 1;
        }
        return new Prediction(ours, withMisc, coreNlp, tokens.size());
    }

    /** Chunks where ours and CoreNLP disagree, marked + when right (in gold) and - when wrong. */
    private static List<String> differences(int doc, Function<Chunk, String> show, List<Chunk> gold,
                                            List<Chunk> ours, List<Chunk> coreNlp) {
        java.util.Set<Chunk> g = new java.util.HashSet<>(gold);
        java.util.Set<Chunk> o = new java.util.HashSet<>(ours);
        java.util.Set<Chunk> c = new java.util.HashSet<>(coreNlp);
        List<String> out = new ArrayList<>();
        for (Chunk x : o) {
            if (!c.contains(x)) {
                out.add("doc " + doc + " ours only " + (g.contains(x) ? "+ " : "- ") + show.apply(x));
            }
        }
        for (Chunk x : c) {
            if (!o.contains(x)) {
                out.add("doc " + doc + " corenlp only " + (g.contains(x) ? "+ " : "- ") + show.apply(x));
            }
        }
        return out;
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

package org.dossier.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.web.WorkspaceRepository;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.store.Workspace;
import org.dossier.store.search.InvalidQueryException;
import org.dossier.store.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier search QUERY}: the best passages with their story and article. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over articles, quotations and entities, best first, with the matching "
                + "passage. Words are stemmed per language; use \"quotes\" for a phrase, OR, and -word to exclude.",
                "With --json, one JSON array of {kind, label, passage, articleId, start, end, storyId, score}."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query")
    private List<String> query;

    @Option(names = "--limit", defaultValue = "10", description = "how many results (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--json", description = "print a JSON array of the hits for scripts")
    private boolean json;

    /**
     * One hit as {@code --json} prints it.
     *
     * @param articleId null for an entity
     * @param start     UTF-16 offset of the passage in the article's text, or null without an article
     * @param storyId   null when the hit belongs to no story
     */
    record JsonHit(String kind, String label, String passage, String articleId, Integer start, Integer end,
                   String storyId, float score) {

        static JsonHit of(SearchHit hit) {
            boolean located = hit.articleId() != null && hit.start() >= 0;
            return new JsonHit(hit.kind(), hit.label(), hit.snippet(), hit.articleId(),
                    located ? hit.start() : null, located ? hit.end() : null, hit.storyId(), hit.score());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace workspace = ReadCommands.open(main.workspaceDirectory());
             WorkspaceRepository repository = new WorkspaceRepository(workspace, null,
                     notice -> err.println("dossier: " + notice))) {
            List<SearchHit> hits;
            try {
                hits = repository.search(String.join(" ", query), Math.max(1, limit));
            } catch (InvalidQueryException e) {
                throw new CommandFailure(e.getMessage());
            }
            if (json) {
                out.println(DossierJson.pretty(hits.stream().map(JsonHit::of).toList()));
            } else {
                printLines(out, hits, repository);
            }
        }
        ReadCommands.finish(out);
        return 0;
    }

    private static void printLines(PrintWriter out, List<SearchHit> hits, WorkspaceRepository repository) {
        if (hits.isEmpty()) {
            out.println("no results");
        }
        int n = 0;
        for (SearchHit hit : hits) {
            n++;
            String story = hit.storyId() == null ? "" : repository.story(hit.storyId()).map(Story::title)
                    .map(t -> "  story " + hit.storyId() + ": " + shorten(t, 60)).orElse("");
            String where = hit.articleId() == null ? "" : "  article " + hit.articleId()
                    + (hit.start() >= 0 ? " [" + hit.start() + "-" + hit.end() + "]" : "");
            out.printf("%d. %s %s%n", n, hit.kind(), hit.label() == null ? "" : shorten(hit.label(), 70));
            out.println("   " + shorten(hit.snippet().replaceAll("\\s+", " "), 240));
            out.println("  " + where + story);
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }
}

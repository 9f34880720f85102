package org.dossier.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.app.render.Counts;
import org.dossier.model.DossierJson;
import org.dossier.store.StoryListing;
import org.dossier.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier stories}: one line per story. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists the stories, one per line, sorted by id: id, dates, number of articles and outlets, "
                + "languages, title.", "With --json, one JSON array of {id, start, end, articles, outlets, languages, "
                + "title} instead."})
final class StoriesCommand implements Callable<Integer> {

    private static final int MAX_TITLE = 100;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print a JSON array for scripts instead of lines")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = ReadCommands.open(main.workspaceDirectory())) {
            if (json) {
                out.println(DossierJson.pretty(workspace.storyListings()));
            } else {
                for (StoryListing story : workspace.storyListings()) {
                    out.println(line(story));
                }
            }
        }
        ReadCommands.finish(out);
        return 0;
    }

    /** {@code s-...  2031-05-12..2031-05-14  7 articles  6 outlets  de,en  Title}. */
    static String line(StoryListing s) {
        String dates;
        if (s.start() == null) {
            dates = "undated";
        } else if (s.start().equals(s.end())) {
            dates = s.start();
        } else {
            dates = s.start() + ".." + s.end();
        }
        return String.join("  ", s.id(), dates,
                Counts.of(s.articles(), "article", "articles"),
                Counts.of(s.outlets(), "outlet", "outlets"),
                s.languages().isEmpty() ? "-" : String.join(",", s.languages()),
                shorten(s.title().replaceAll("\\s+", " ").strip()));
    }

    /** Keeps a line readable when a title is really a whole lead paragraph. */
    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).stripTrailing() + "…";
    }
}

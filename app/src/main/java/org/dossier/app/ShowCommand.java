package org.dossier.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossier.app.render.TerminalRenderer;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier show STORY}: one story's dossier for the terminal. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows one story's dossier: summary with citations, timeline, who said what, entities, "
                + "conflicts between sources.", "With --json, the story object exactly as the dossier/v1 export gives it.",
                "An unknown story id fails with exit code 1."})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORY", description = "a story id, as `dossier stories` lists them")
    private String storyId;

    @Option(names = "--json", description = "print the story as dossier/v1 JSON for scripts")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = ReadCommands.open(main.workspaceDirectory())) {
            Story story = workspace.story(storyId).orElseThrow(() -> unknownStory(storyId, workspace));
            if (json) {
                out.println(DossierJson.pretty(story));
            } else {
                out.print(new TerminalRenderer().render(story, workspace.articlesOf(storyId)));
            }
        }
        ReadCommands.finish(out);
        return 0;
    }

    static CommandFailure unknownStory(String id, Workspace workspace) {
        return new CommandFailure("no story " + id + " in workspace " + workspace.directory()
                + " (`dossier stories` lists the " + workspace.storyCount() + " there are)");
    }
}

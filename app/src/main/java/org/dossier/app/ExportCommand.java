package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.render.HtmlRenderer;
import org.dossier.app.render.MarkdownRenderer;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier export}: the dossier(s) as dossier/v1 JSON, Markdown or a self-contained HTML page. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the dossier of every story (or of one) as dossier/v1 JSON, Markdown or a "
                + "self-contained HTML page, to standard output or a file.",
                "Articles and stories are sorted by id, so exporting an unchanged workspace gives the same bytes "
                        + "apart from generatedAt."})
final class ExportCommand implements Callable<Integer> {

    /** The formats {@code --format} accepts. */
    enum Format { json, md, html }

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "json, md or html")
    private Format format;

    @Option(names = "--story", paramLabel = "ID", description = "only this story and its articles")
    private String storyId;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    private Path out;

    @Override
    public Integer call() {
        if (out != null) {
            // Before the workspace is even opened: a typo must leave it untouched.
            ReadCommands.refuseInside(main.workspaceDirectory(), out);
        }
        Dossier dossier;
        try (Workspace workspace = ReadCommands.open(main.workspaceDirectory())) {
            dossier = dossier(workspace, storyId);
        }
        String text = switch (format) {
            case json -> DossierJson.pretty(dossier) + "\n";
            case md -> new MarkdownRenderer().render(dossier);
            case html -> new HtmlRenderer().render(dossier);
        };
        if (out == null) {
            PrintWriter writer = spec.commandLine().getOut();
            writer.print(text);
            ReadCommands.finish(writer);
        } else {
            // Written beside the target and moved over it: a failed export leaves the old file whole.
            Path dir = out.toAbsolutePath().getParent();
            Path tmp = null;
            try {
                tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + out + ": " + e.getMessage());
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // Nothing more to lose: the export already failed or succeeded.
                    }
                }
            }
        }
        return 0;
    }

    /** The whole workspace, or one story with its articles, sorted by id. */
    static Dossier dossier(Workspace workspace, String storyId) {
        String generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        if (storyId == null) {
            return Dossier.of(generatedAt, workspace.articles(), workspace.stories());
        }
        Story story = workspace.story(storyId).orElseThrow(() -> ShowCommand.unknownStory(storyId, workspace));
        return Dossier.of(generatedAt, workspace.articlesOf(storyId), List.of(story));
    }
}

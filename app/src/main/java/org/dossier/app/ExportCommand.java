package org.dossier.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dossier.app.render.CsvTables;
import org.dossier.app.render.HtmlRenderer;
import org.dossier.app.render.JsonLdRenderer;
import org.dossier.app.render.MarkdownRenderer;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dossier export}: the dossier(s) as dossier/v1 JSON, schema.org JSON-LD, Markdown, a self-contained HTML page,
 * or CSV tables (see {@link CsvTables}) in a folder or a ZIP file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the dossier of every story (or of one) as dossier/v1 JSON, schema.org JSON-LD, "
                + "Markdown or a self-contained HTML page, to standard output or a file; or as CSV tables (articles, entities, "
                + "quotes, claims, conflicts, timeline) into the folder or .zip file --out names.",
                "Articles and stories are sorted by id, so exporting an unchanged workspace gives the same bytes "
                        + "apart from generatedAt."})
final class ExportCommand implements Callable<Integer> {

    /** The formats {@code --format} accepts. */
    enum Format { json, jsonld, md, html, csv }

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "json, jsonld, md, html or csv")
    private Format format;

    @Option(names = "--story", paramLabel = "ID", description = "only this story and its articles")
    private String storyId;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output; "
            + "for csv a folder (made if missing), or a file ending in .zip")
    private Path out;

    @Override
    public Integer call() {
        if (format == Format.csv && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format csv writes one file per table: give a folder or a .zip file with --out DIR");
        }
        if (out != null) {
            // Before the workspace is even opened: a typo must leave it untouched.
            ReadCommands.refuseInside(main.workspaceDirectory(), out);
        }
        Dossier dossier;
        try (Workspace workspace = ReadCommands.open(main.workspaceDirectory())) {
            dossier = dossier(workspace, storyId);
        }
        if (format == Format.csv) {
            writeTables(new CsvTables().render(dossier));
            return 0;
        }
        String text = switch (format) {
            case json -> DossierJson.pretty(dossier) + "\n";
            case jsonld -> new JsonLdRenderer().render(dossier);
            case md -> new MarkdownRenderer().render(dossier);
            case html -> new HtmlRenderer().render(dossier);
            case csv -> throw new IllegalStateException("csv is written as tables");
        };
        if (out == null) {
            PrintWriter writer = spec.commandLine().getOut();
            writer.print(text);
            ReadCommands.finish(writer);
        } else {
            replace(out, text.getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }

    /** The tables as files of the folder {@code out}, or entries of the ZIP file {@code out}. */
    private void writeTables(Map<String, String> tables) {
        if (out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream entries = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> table : tables.entrySet()) {
                    entries.putNextEntry(new ZipEntry(table.getKey()));
                    entries.write(table.getValue().getBytes(StandardCharsets.UTF_8));
                    entries.closeEntry();
                }
            } catch (IOException e) {
                throw new IllegalStateException("writing to memory failed", e);
            }
            replace(out, zip.toByteArray());
            return;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandFailure("cannot write the CSV tables into " + out
                    + ": it is a file (give a folder, or a name ending in .zip)");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CommandFailure("cannot make the folder " + out + ": " + e.getMessage());
        }
        for (Map.Entry<String, String> table : tables.entrySet()) {
            replace(out.resolve(table.getKey()), table.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes {@code bytes} beside {@code target} and moves them over it: a failed export leaves the old file whole. */
    private static void replace(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + target + ": " + e.getMessage());
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

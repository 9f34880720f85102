package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dossier.model.Problem;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void withoutATerminalOnlySkippedInputIsPrinted() {
        StringWriter err = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(err), false)) {
            progress.progress(3, 10, 4);
            progress.problem(new Problem("data/x.jsonl", "3", "not a JSON object"));
            progress.consolidating(2);
        }
        assertThat(err.toString()).isEqualTo("skipped data/x.jsonl:3: not a JSON object" + System.lineSeparator());
    }

    @Test
    void onATerminalTheProgressLineIsClearedBeforeAProblemAndAtTheEnd() {
        StringWriter err = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(err), true)) {
            progress.progress(3, 10, 4);
            progress.problem(new Problem("data/empty.txt", null, "empty file"));
        }
        String shown = err.toString();
        assertThat(shown).startsWith("3 files read, 10 articles, 4 analysed");
        String[] parts = shown.split("\r");
        assertThat(parts[parts.length - 1]).startsWith("skipped data/empty.txt: empty file");
        assertThat(shown).doesNotEndWith("/s)");
    }

    @Test
    void waitingForAnotherBuildIsSaidWithTheWorkspace() {
        StringWriter err = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(err), false)) {
            progress.waitingForAnotherBuild(Path.of("dossier-data"));
        }
        assertThat(err.toString()).isEqualTo("waiting for another build of dossier-data to finish..."
                + System.lineSeparator());
    }
}

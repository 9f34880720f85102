package org.dossier.store;

import java.nio.file.Path;
import org.dossier.model.Article;

/**
 * Run in a child JVM by {@link KilledBuildTest}: begins a build and keeps writing large articles
 * into it, never committing, until it is killed. Prints {@code writing} once enough has been
 * written that SQLite has spilled uncommitted pages to disk.
 */
public final class InterruptedBuildChild {

    private InterruptedBuildChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Workspace ws = Workspace.open(dir);
        BuildTransaction build = ws.beginBuild("interrupted");
        String filler = " Delegates debated quotas and port fees well into the night.".repeat(200);
        for (int i = 0; i < 1_000_000; i++) {
            Article a = Samples.article(String.format("a-killed-%07d", i), Samples.text(i) + filler);
            build.addArticle(a, Samples.analysis(a));
            if (i == 2_000) {
                System.out.println("writing");
                System.out.flush();
            }
        }
        // Reaching this point means the parent never killed us; exit without committing.
        System.exit(2);
    }
}

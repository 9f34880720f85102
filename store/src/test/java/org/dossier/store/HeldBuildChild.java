package org.dossier.store;

import java.io.IOException;
import java.nio.file.Path;
import org.dossier.model.Article;

/**
 * Run in a child JVM by {@link ConcurrentBuildsTest}: begins a build, stores one article, prints
 * {@code building} and holds the build open until a line arrives on standard input; then commits.
 */
public final class HeldBuildChild {

    private HeldBuildChild() {
    }

    public static void main(String[] args) throws IOException {
        try (Workspace ws = Workspace.open(Path.of(args[0])); BuildTransaction build = ws.beginBuild("child")) {
            Article a = Samples.article(args[1], Samples.text(1));
            build.addArticle(a, Samples.analysis(a));
            System.out.println("building");
            System.out.flush();
            while (System.in.read() != '\n') {
                // the parent says when to commit
            }
            build.commit("child-done", new BuildStats(1, 1, 1, 0, 0, 0));
        }
    }
}

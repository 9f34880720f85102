package org.dossier.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.ArticleAnalysis;
import org.dossier.store.Workspace;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.consolidate.StoryConsolidator;

/**
 * Run in a child JVM by {@link KilledBuildPipelineTest}: builds a folder with the real ingestor,
 * clusterer and consolidator (the analysis finds nothing, so no model loads) and prints
 * {@code analysed} once a good part of the input is inside the open transaction.
 */
public final class InterruptedBuildChild {

    static final int SIGNAL_AFTER = 400;

    private InterruptedBuildChild() {
    }

    public static void main(String[] args) {
        BuildPipeline pipeline = new BuildPipeline(() -> article -> ArticleAnalysis.empty(article.id()),
                new EventClusterer(), new StoryConsolidator(), 2);
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            pipeline.build(ws, List.of(Path.of(args[1])), new BuildListener() {
                private boolean said;

                @Override
                public void progress(int filesRead, int articlesRead, int analysed) {
                    if (analysed >= SIGNAL_AFTER && !said) {
                        said = true;
                        System.out.println("analysed");
                        System.out.flush();
                    }
                }
            });
        }
        System.out.println("finished");
    }
}

package org.dossier.bench.time;

import java.util.List;

/** A system whose time expressions are scored: the product's annotator or a reference tool. */
public interface TimexEngine {

    /** The name printed beside the figures. */
    String name();

    /** The timexes found in {@code doc}'s text, read as news in {@code language} published on its DCT. */
    List<TimexScore.Timex> find(TimeMlDocument doc, String language);
}

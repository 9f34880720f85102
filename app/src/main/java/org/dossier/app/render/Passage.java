package org.dossier.app.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.Evidence;

/**
 * A piece of article text as the templates write it: plain text ({@code id} null) or a marked
 * passage with an anchor id and the pieces inside it. Marks nest; one that crosses another's end
 * is cut at that end (its anchor still lands on its start).
 *
 * @param text     the text of a plain piece, empty for a mark
 * @param id       the anchor of a mark, null for plain text
 * @param tabindex the mark's tabindex attribute, or null for none
 * @param inside   the pieces inside a mark
 */
public record Passage(String text, String id, String tabindex, List<Passage> inside) {

    public Passage {
        inside = List.copyOf(inside);
    }

    public boolean marked() {
        return id != null;
    }

    /**
     * The whole text cut into pieces, each passage within the text marked with the id {@code anchor}
     * gives it. Passages past the end of the text are ignored.
     */
    public static List<Passage> mark(String text, Collection<Evidence> passages, Function<Evidence, String> anchor,
                                     String tabindex) {
        List<Evidence> spans = new ArrayList<>();
        for (Evidence e : passages) {
            if (e.end() <= text.length()) {
                spans.add(e);
            }
        }
        spans.sort(Comparator.comparingInt(Evidence::start).thenComparing(Comparator.comparingInt(Evidence::end)
                .reversed()));
        Open root = new Open(null, Integer.MAX_VALUE);
        List<Open> open = new ArrayList<>(); // innermost last
        int pos = 0;
        int next = 0;
        while (true) {
            Open top = open.isEmpty() ? root : open.get(open.size() - 1);
            int closeAt = open.isEmpty() ? Integer.MAX_VALUE : top.end;
            int openAt = next < spans.size() ? spans.get(next).start() : Integer.MAX_VALUE;
            int stop = Math.min(Math.min(closeAt, openAt), text.length());
            if (stop > pos) {
                top.inside.add(new Passage(text.substring(pos, stop), null, null, List.of()));
                pos = stop;
            }
            if (closeAt <= pos && !open.isEmpty()) {
                open.remove(open.size() - 1);
            } else if (openAt <= pos && next < spans.size()) {
                Evidence e = spans.get(next++);
                Open mark = new Open(anchor.apply(e), Math.min(e.end(), top.end));
                top.inside.add(mark);
                open.add(mark);
            } else if (pos >= text.length()) {
                break;
            }
        }
        return root.build(tabindex).inside();
    }

    /** A mark still being filled. */
    private static final class Open {
        final String id;
        final int end;
        final List<Object> inside = new ArrayList<>();

        Open(String id, int end) {
            this.id = id;
            this.end = end;
        }

        Passage build(String tabindex) {
            List<Passage> built = new ArrayList<>();
            for (Object o : inside) {
                built.add(o instanceof Open m ? m.build(tabindex) : (Passage) o);
            }
            return new Passage("", id, tabindex, built);
        }
    }
}

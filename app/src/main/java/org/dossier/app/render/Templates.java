package org.dossier.app.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The one template engine of the HTML outputs: jte templates under {@code src/main/jte}, compiled
 * to classes at build time, in HTML mode, so every {@code ${...}} is escaped for the context it
 * stands in (element text or attribute). Thread-safe.
 */
public final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** Renders the template {@code name} (e.g. {@code "web/story.jte"}) with its one parameter. */
    public static String render(String name, Object param) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(name, param, out);
        return out.toString();
    }
}

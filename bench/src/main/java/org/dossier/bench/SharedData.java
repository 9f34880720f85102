package org.dossier.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared bench sets are: the {@code dossier.shared} system property, else the
 * {@code DOSSIER_SHARED} environment variable, else a {@code shared} folder beside the checkout
 * the running code was built in, else {@code ../shared} from the working directory.
 */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        String property = System.getProperty("dossier.shared");
        if (property != null) {
            return Path.of(property);
        }
        String env = System.getenv("DOSSIER_SHARED");
        if (env != null) {
            return Path.of(env);
        }
        try {
            Path p = Path.of(SharedData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("shared/bench"))) {
                    return p.resolve("shared");
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("..", "shared");
    }
}

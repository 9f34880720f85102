package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void workspaceOptionBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of("DOSSIER_WORKSPACE", "/srv/news");
        assertThat(Main.workspaceDirectory(Path.of("mine"), env)).isEqualTo(Path.of("mine"));
        assertThat(Main.workspaceDirectory(null, env)).isEqualTo(Path.of("/srv/news"));
        assertThat(Main.workspaceDirectory(null, Map.of("DOSSIER_WORKSPACE", "  "))).isEqualTo(Path.of("dossier-data"));
        assertThat(Main.workspaceDirectory(null, Map.of())).isEqualTo(Path.of("dossier-data"));
    }
}

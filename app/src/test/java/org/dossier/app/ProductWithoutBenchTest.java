package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The product carries no evaluation harness: the command line does not depend on the module bench,
 * neither directly nor through another module, in any scope. The evaluation depends on the
 * pipeline and adds its commands through the class path instead (see {@link AddedCommands}).
 */
class ProductWithoutBenchTest {

    @Test
    void appsPomDeclaresNoDependencyOnBench() throws IOException {
        // Surefire runs in the module's folder.
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(pom).contains("<artifactId>dossier-app</artifactId>");
        assertThat(Pattern.compile("<artifactId>\\s*dossier-bench\\s*</artifactId>").matcher(pom).find())
                .as("app/pom.xml names dossier-bench").isFalse();
    }

    @Test
    void noClassOfBenchIsOnTheProductsClassPath() throws IOException {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(loader.getResources("org/dossier/pipeline/").hasMoreElements())
                .as("the check sees the modules the product does depend on").isTrue();
        assertThat(Collections.list(loader.getResources("org/dossier/bench/"))).isEmpty();
        assertThat(loader.getResource(AddedCommands.RESOURCE)).isNull();
    }
}

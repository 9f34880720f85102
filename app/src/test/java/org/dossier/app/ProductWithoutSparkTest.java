package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The product does not carry Spark: the command line depends neither on the module spark nor on
 * Spark, in any scope, and no Spark class is on its class path (the product's tests see what its
 * jar runs with). {@code spark-build} is added through the class path (see {@link AddedCommands}).
 */
class ProductWithoutSparkTest {

    @Test
    void appsPomDeclaresNoDependencyOnSparkOrItsModule() throws IOException {
        // Surefire runs in the module's folder.
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(pom).contains("<artifactId>dossier-app</artifactId>");
        assertThat(Pattern.compile("<artifactId>\\s*(dossier-spark|spark-[a-z-]+_2\\.1\\d)\\s*</artifactId>")
                .matcher(pom).find()).as("app/pom.xml names the spark module or Spark").isFalse();
    }

    @Test
    void noClassOfSparkIsOnTheProductsClassPath() throws IOException {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(loader.getResources("org/dossier/pipeline/").hasMoreElements())
                .as("the check sees the modules the product does depend on").isTrue();
        assertThat(Collections.list(loader.getResources("org/dossier/spark/"))).isEmpty();
        assertThat(Collections.list(loader.getResources("org/apache/spark/"))).isEmpty();
    }
}

package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The resource through which the command line offers this module's commands names them all, and only them. */
class AddedCommandsResourceTest {

    @Test
    void theResourceNamesTheEvalTrainBenchAndLoadTestCommands() throws IOException, ClassNotFoundException {
        String listing;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/dossier/commands")) {
            assertThat(in).as("META-INF/dossier/commands").isNotNull();
            listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> classes = listing.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                .toList();

        assertThat(classes).containsExactly(EvalCommand.class.getName(), TrainCommand.class.getName(),
                BenchCommand.class.getName(), LoadTestCommand.class.getName());
        List<String> names = new ArrayList<>();
        for (String name : classes) {
            names.add(Class.forName(name).getAnnotation(Command.class).name());
        }
        assertThat(names).containsExactly("eval", "train", "bench", "load-test");
    }
}

package org.dossier.stream;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier publish --bootstrap HOST:PORT --topic T PATH...}: articles of files to a Kafka topic. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Reads articles from files and folders as build does (every input format build reads) and "
                + "sends each to a Kafka topic as an article object (the .json input format), keyed by article id.",
                "`dossier stream` consumes them into a workspace."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article sent", "1:failure (the broker cannot be reached, a message is refused)",
                "2:wrong usage", "3:some input skipped (each listed on standard error with its path and line)"})
public final class PublishCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TopicOptions kafka;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders to read")
    private List<Path> paths;

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        int sent = new ArticlePublisher(kafka.bootstrap, kafka.topic).publish(paths, problem -> {
            problems.add(problem);
            err.println("skipped " + problem);
        }, warning -> err.println("warning: " + warning));
        out.printf("published %d article%s to %s; %d skipped%n", sent, sent == 1 ? "" : "s", kafka.topic, problems.size());
        out.flush();
        return problems.isEmpty() ? 0 : 3;
    }
}

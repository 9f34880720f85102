package org.dossier.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.app.web.WebServer;
import org.dossier.app.web.WorkspaceRepository;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier serve}: the web UI and the REST API over the workspace, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web UI and the REST API (OpenAPI description at /openapi.json) over the workspace. "
                + "Binds to 127.0.0.1 unless --host says otherwise."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network)")
    private String host;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CommandFailure("--port must be between 0 and 65535, got " + port);
        }
        // Opened for writing: the API's POST builds submitted articles into it.
        ReadCommands.requireExisting(main.workspaceDirectory());
        try (Workspace workspace = Workspace.open(main.workspaceDirectory());
             WorkspaceRepository repository = new WorkspaceRepository(workspace,
                     BuildPipeline.standard(Runtime.getRuntime().availableProcessors()))) {
            WebServer server;
            try {
                server = WebServer.start(repository, host, port);
            } catch (RuntimeException e) {
                throw new CommandFailure("cannot listen on " + host + ":" + port + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println("dossier: serving on http://" + host + ":" + server.port() + "/");
            spec.commandLine().getOut().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
        }
        return 0;
    }
}

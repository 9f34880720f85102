package org.dossier.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * The commands other modules add to the command line. Such a module depends on the pipeline, never
 * on this one, so it shares no type with it to be found by: it names its picocli {@link Command}
 * classes, one per line, in a {@value #RESOURCE} resource ({@code #} starts a comment), and the
 * command line adds them after its own, in the order listed. The evaluation (module bench) adds
 * {@code eval}, {@code train} and {@code bench} this way; without it on the class path they are
 * simply not offered.
 */
final class AddedCommands {

    /** The resource each adding module carries. */
    static final String RESOURCE = "META-INF/dossier/commands";

    private AddedCommands() {
    }

    /**
     * The command classes every {@value #RESOURCE} resource visible to {@code loader} names, resources
     * in class-path order.
     *
     * @throws IllegalStateException naming the class and the resource when a class cannot be loaded
     *                               or is no {@link Command}: a broken installation fails at start
     */
    static List<Class<?>> find(ClassLoader loader) {
        List<Class<?>> commands = new ArrayList<>();
        try {
            for (URL resource : Collections.list(loader.getResources(RESOURCE))) {
                for (String name : names(resource)) {
                    commands.add(load(loader, name, resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the added commands", e);
        }
        return commands;
    }

    private static List<String> names(URL resource) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(resource.openStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Class<?> load(ClassLoader loader, String name, URL resource) {
        Class<?> command;
        try {
            command = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("command " + name + " named in " + resource + " cannot be loaded: " + e, e);
        }
        if (!command.isAnnotationPresent(Command.class)) {
            throw new IllegalStateException("class " + name + " named in " + resource + " is no picocli @Command");
        }
        return command;
    }
}

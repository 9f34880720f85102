package org.dossier.bench;

import picocli.CommandLine.Command;

/** {@code dossier eval ...}: one subcommand per capability. */
@Command(name = "eval", description = "Scores a capability on a shared benchmark set beside reference tools.",
        subcommands = {ExtractionEval.class, NerEval.class, TimeEval.class, QuotesEval.class, ClustersEval.class,
                SummaryEval.class})
public final class EvalCommand {
}

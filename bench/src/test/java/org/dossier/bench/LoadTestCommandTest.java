package org.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LoadTestCommandTest {

    @Test
    void percentilesAreNearestRank() {
        double[] ms = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
        assertThat(LoadTestCommand.percentile(ms, 50)).isEqualTo(5);
        assertThat(LoadTestCommand.percentile(ms, 95)).isEqualTo(10);
        assertThat(LoadTestCommand.percentile(ms, 10)).isEqualTo(1);
        assertThat(LoadTestCommand.percentile(new double[0], 99)).isZero();
    }

    @Test
    void aServerOffThisMachineIsRefused() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new LoadTestCommand()).execute("--url", "http://192.0.2.10:7070");
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("not a loopback address");
    }
}

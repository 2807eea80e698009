package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.training.Config;
import dev.moons.training.Parameter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** compare's and sweep's defaults and help come from the settings table. */
class OptionDefaultsTest {

    @ParameterizedTest
    @ValueSource(strings = {"compare", "sweep"})
    void everyOptionWithARowDefaultsToTheRowsDefault(String command) {
        CommandLine sub = new CommandLine(new Cli()).getSubcommands().get(command);
        int rows = 0;
        for (OptionSpec option : sub.getCommandSpec().options()) {
            var row = ParameterDefaults.parameter(option);
            if (row.isPresent()) {
                rows++;
                assertEquals(row.get().defaultText(), option.defaultValueString(), option.longestName());
            }
        }
        // compare has every row (--lr, --threads and --sharpness-every included); sweep every setting but lr, which
        // it takes as --lrs, and --threads
        int settings = Parameter.settings().size();
        assertEquals(command.equals("compare") ? Parameter.values().length : settings - 1 + 1, rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "sweep"})
    void theParsedDefaultsAreConfigDefaults(String command) {
        CommandLine cli = new CommandLine(new Cli());
        CommandLine.ParseResult parsed = cli.parseArgs(command, "--out", "x");
        CommandLine sub = parsed.subcommand().commandSpec().commandLine();
        TrainingOptions options = (TrainingOptions) sub.getCommandSpec().mixins().values().iterator().next()
                .userObject();
        double lr = command.equals("compare") ? ((CompareCommand) sub.getCommand()).lr : Config.DEFAULT_LR;
        assertEquals(Config.defaults(), options.config(lr, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "sweep"})
    void helpListsEveryRowsMeaningRangeAndDefault(String command) {
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.execute(new String[] {command, "--help"}, new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        // help wraps lines after commas too ("fixed,backtracking"): compare with the space after a comma dropped
        String help = out.toString().replaceAll("\\s+", " ").replace(", ", ",");
        Set<Parameter> rows = Set.of(Parameter.values()).stream()
                .filter(p -> command.equals("compare") || p != Parameter.LR && p.isSetting())
                .collect(Collectors.toSet());
        for (Parameter p : rows) {
            String expected = "--" + p.key() + (p == Parameter.WARM_START ? " " : "=");
            assertTrue(help.contains(expected), command + " help has no " + expected);
            if (p != Parameter.WARM_START) {
                assertTrue(help.contains(p.valuesText().replaceAll("\\s+", " ").replace(", ", ",")),
                        p.key() + " range: " + help);
            }
            assertTrue(help.contains("(default " + p.defaultText().replace(", ", ",") + ")"), p.key() + " default");
        }
        assertTrue(help.contains(("--samples=<samples> number of two-moons points, half on each arc; 8 to 100000"
                + " (default 1000)").replace(", ", ",")), help);
        assertTrue(help.contains("--c=<c> the Armijo sufficient-decrease constant; (0,1) (default 1e-4)"), help);
    }

    @Test
    void theFilesConfigKeysAreTheTablesJsonKeys(@TempDir Path tmp) throws IOException {
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("run");
        int status = Cli.execute(new String[] {"compare", "--out", dir.toString(), "--samples", "100", "--epochs", "1",
            "--hidden", "2"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        Set<String> keys = new HashSet<>();
        new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).path("config").fieldNames()
                .forEachRemaining(keys::add);
        // the dataset's keys, weight_decay and the methods' keys are written only when they differ from their defaults
        Set<Parameter> optional = Set.of(Parameter.DATASET, Parameter.FACTOR, Parameter.TURNS, Parameter.DISTANCE,
                Parameter.WEIGHT_DECAY, Parameter.METHODS, Parameter.MOMENTUM, Parameter.BETA1, Parameter.BETA2,
                Parameter.EPS, Parameter.C2, Parameter.SLS_C, Parameter.GAMMA, Parameter.ETA_MAX);
        assertEquals(Parameter.settings().stream().filter(p -> !optional.contains(p)).map(Parameter::jsonKey)
                .collect(Collectors.toSet()), keys);
        Path other = tmp.resolve("circles");
        status = Cli.execute(new String[] {"compare", "--out", other.toString(), "--samples", "100", "--epochs", "1",
            "--hidden", "2", "--dataset", "circles", "--factor", "0.4", "--turns", "2", "--distance", "2",
            "--weight-decay", "0.01", "--methods", "momentum,adam,wolfe,sls", "--momentum", "0.8", "--beta1", "0.8",
            "--beta2", "0.99", "--eps", "1e-7", "--c2", "0.8", "--sls-c", "0.2", "--gamma", "3", "--eta-max", "5"},
            new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        Set<String> all = new HashSet<>();
        new ObjectMapper().readTree(other.resolve("summary.json").toFile()).path("config").fieldNames()
                .forEachRemaining(all::add);
        assertEquals(Parameter.settings().stream().map(Parameter::jsonKey).collect(Collectors.toSet()), all);
    }
}

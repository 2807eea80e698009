package dev.moons.cli;

import dev.moons.io.Messages;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands. Exit status: 0 done, 1 unexpected failure, 2 bad input. */
@Command(name = "moons", mixinStandardHelpOptions = true, version = "moons-lab 0.1",
        description = "Moons Lab: fixed learning rate vs backtracking line search, headless.",
        subcommands = {CompareCommand.class, SweepCommand.class})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required, e.g. compare or sweep");
    }

    /** Runs {@code args} and returns the exit status; messages go to {@code out} and {@code err}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Cli());
        OptionValues.register(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + Messages.oneLine(e.getMessage()));
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
                err.println("error: " + Messages.oneLine(e.getMessage()));
                err.flush();
                return BAD_INPUT;
            }
            LOG.debug("unexpected failure", e);
            err.println("failed: " + Messages.oneLine(e));
            err.flush();
            return FAILURE;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Runs the command line and exits the JVM with its status, so no stray thread keeps it alive. */
    public static void main(String[] args) {
        int status = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(status);
    }
}

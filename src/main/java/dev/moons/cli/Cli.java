package dev.moons.cli;

import dev.moons.export.OffscreenCharts;
import dev.moons.io.Messages;
import dev.moons.io.StartupTrace;
import dev.moons.model.Nd4jRuntime;
import java.io.PrintWriter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless commands. Exit status: 0 done, 1 unexpected failure, 2 bad input. */
@Command(name = "moons", mixinStandardHelpOptions = true, version = "moons-lab 0.1",
        description = "Moons Lab: fixed learning rate vs backtracking line search, headless.",
        subcommands = {CompareCommand.class, SweepCommand.class, LandscapeCommand.class})
public final class Cli implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    /** The one line when standard output cannot be written. */
    public static final String STDOUT_FAILED =
            "failed: cannot write to standard output (device full or output closed); the result files are written";

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
        if (out.checkError()) {
            return stdoutFailed(err);
        }
        err.flush();
        return status;
    }

    /**
     * For a training command (not its help): loads ND4J's native libraries and starts ND4J, and starts the
     * offscreen JavaFX toolkit, on two daemon threads, so that both initialise while the arguments are parsed and
     * the data generated; their first users wait for them (class initialisation and the toolkit's own lock). The
     * two starts themselves take turns ({@link dev.moons.io.NativeLoads}). Returns the threads started (none for
     * other commands).
     */
    static List<Thread> warmUp(String[] args) {
        boolean training = args.length > 0 && (args[0].equals("compare") || args[0].equals("sweep"));
        boolean help = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help")
                || a.equals("-V") || a.equals("--version"));
        if (!training || help) {
            return List.of();
        }
        return List.of(daemon("warm-up-javafx", OffscreenCharts::ensureToolkit), daemon("warm-up-nd4j", () -> {
            Nd4jRuntime.loadLibraries();
            Nd4jRuntime.ensureConfigured();
        }));
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException | LinkageError e) {
                // the command's own call meets the same failure and reports it
                LOG.debug(name + " failed", e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Exit 1 with its one-line reason: the results table could not be written (full device, closed pipe). */
    static int stdoutFailed(PrintWriter err) {
        err.println(STDOUT_FAILED);
        err.flush();
        return FAILURE;
    }

    /** Runs the command line and exits the JVM with its status, so no stray thread keeps it alive. */
    public static void main(String[] args) {
        List<Thread> warming = warmUp(args);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = execute(args, new PrintWriter(System.out, true), err);
        if (status != FAILURE && System.out.checkError()) {
            status = stdoutFailed(err);
        }
        StartupTrace.mark("command done");
        // a toolkit still starting when the JVM exits (e.g. after a bad option) fails in its shutdown hook with a
        // stack trace on stderr: let the warm-up finish first (bounded)
        for (Thread t : warming) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        StartupTrace.mark("exit");
        StartupTrace.threads();
        System.exit(status);
    }
}

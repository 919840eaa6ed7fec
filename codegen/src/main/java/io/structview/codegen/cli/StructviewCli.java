package io.structview.codegen.cli;

import io.structview.schema.FormatException;
import io.structview.codegen.java.EmitException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code structview} command: {@code generate} Java flyweights from schema files, {@code describe} a format's
 * or record's layout, {@code dump} the records of a binary file.
 *
 * <p>Exit codes: 0 success; 1 bad input (an invalid schema, format or data file, or one that cannot be read or
 * written); 2 usage error (unknown option, missing or conflicting arguments); 3 internal error (a bug: the stack
 * trace is printed).
 */
@Command(
        name = "structview",
        mixinStandardHelpOptions = true,
        versionProvider = StructviewCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Python struct formats and record schemas for Java: generate flyweight accessor classes,"
                + " describe layouts, dump binary files.",
        subcommands = {GenerateCommand.class, DescribeCommand.class, DumpCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:bad input: an invalid schema, format or data file, or one that cannot be read or written",
            "2:usage error: unknown option, missing or conflicting arguments",
            "3:internal error (a bug; the stack trace is printed)"
        })
public final class StructviewCli implements Runnable {
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 1;
    /** Exit code for usage errors. */
    public static final int USAGE = 2;
    /** Exit code for internal errors. */
    public static final int INTERNAL = 3;

    @Spec
    private CommandSpec spec;

    /** Creates the top-level command; use {@link #commandLine()} to run it. */
    public StructviewCli() {}

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Returns the command line with StructView's error handling: bad input prints its diagnostics and exits 1,
     * usage errors print the problem and a hint and exit 2. Set its out and err writers to capture output.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new StructviewCli());
        cl.setParameterExceptionHandler(StructviewCli::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(ex, cmd));
        return cl;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: generate, describe or dump");
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage().startsWith("Error: ") ? ex.getMessage().substring(7) : ex.getMessage();
        err.println(cmd.getColorScheme().errorText("error: " + message));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    private static int failure(Exception ex, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof BadInputException) {
            for (String line : ((BadInputException) ex).lines()) {
                err.println(line);
            }
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof EmitException) {
            for (String line : ((EmitException) ex).problems()) {
                err.println(line);
            }
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof FormatException) {
            err.println("error: " + ex.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        IOException io = ex instanceof IOException ? (IOException) ex
                : ex instanceof UncheckedIOException ? ((UncheckedIOException) ex).getCause() : null;
        if (io != null) {
            String what = io instanceof NoSuchFileException ? "no such file: " + io.getMessage()
                    : "cannot read or write: " + io;
            err.println("error: " + what);
            err.flush();
            return BAD_INPUT;
        }
        err.println("internal error: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return INTERNAL;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = StructviewCli.class.getPackage().getImplementationVersion();
            return new String[] {"structview " + (v == null ? "(development build)" : v)};
        }
    }
}

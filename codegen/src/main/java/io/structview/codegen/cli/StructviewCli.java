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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code structview} command: {@code generate} Java flyweights from schema files, {@code describe} a format's
 * or record's layout, {@code dump} the records of a binary file.
 *
 * <p>Exit codes: 0 success; 1 bad input (an invalid schema, format or data file, or one that cannot be read or
 * written); 2 usage error (unknown option, missing or conflicting arguments); 3 internal error (a bug, or the JVM
 * ran out of memory: a one-line message; {@code --verbose} adds the stack trace).
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
            "3:internal error: a bug, or the JVM ran out of memory (--verbose prints the stack trace)"
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

    /** Read by the error handlers through the parse result; inherited so that it may follow the command too. */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too.")
    private boolean verbose;

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
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> failure(ex, cmd, verbose(parseResult)));
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                // Errors (OutOfMemoryError, InternalError, StackOverflowError) bypass picocli's exception
                // handler; without this they would reach the JVM, which prints a raw trace and exits 1 ("bad input").
                return internalError(e, last(parseResult).commandSpec().commandLine(), verbose(parseResult));
            }
        });
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

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static ParseResult last(ParseResult parseResult) {
        ParseResult r = parseResult;
        while (r.subcommand() != null) {
            r = r.subcommand();
        }
        return r;
    }

    private static int internalError(Throwable t, CommandLine cmd, boolean verbose) {
        PrintWriter err = cmd.getErr();
        String what = t instanceof OutOfMemoryError ? "out of memory (" + t + ")" : t.toString();
        err.println("internal error: " + what);
        if (verbose) {
            t.printStackTrace(err);
        } else {
            err.println("Run with --verbose for the stack trace; please report it with the input that caused it.");
        }
        err.flush();
        return INTERNAL;
    }

    private static int failure(Exception ex, CommandLine cmd, boolean verbose) {
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
        return internalError(ex, cmd, verbose);
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

/**
 * The {@code raspc} command line and REPL: people to services.
 *
 * <p>{@link raspc.repl.Main} builds the picocli command tree ({@link raspc.repl.Cli},
 * {@link raspc.repl.RaspcCommand} and one class per subcommand) and reports failures in one place
 * ({@link raspc.repl.FailureHandler}: exit codes 0/1/2). The REPL is a small loop
 * ({@link raspc.repl.Repl}) over a line source (JLine terminal or plain pipe), a
 * {@link raspc.repl.LineAssembler} that turns lines into complete statements, a
 * {@link raspc.repl.StatementRunner} that runs them in the compiler's {@code Session}, and a
 * {@link raspc.repl.CommandHook} that lets subcommands be typed at the prompt. On a terminal,
 * {@link raspc.repl.ReplLineParser} keeps a multi-line statement one entry,
 * {@link raspc.repl.ReplCompleter} completes names and command arguments, and
 * {@link raspc.repl.InputHighlighter} and {@link raspc.repl.ResultColours} add colour.
 */
package raspc.repl;

using System.Runtime.InteropServices;
using System.Text;
using EcoBrief.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// The console through streams that keep a failed write (stdout on a full disk, stderr on /dev/full)
// instead of throwing it into whatever was being printed; the exit code says so at the end.
var stdout = new ConsoleStream(Console.OpenStandardOutput(), "standard output");
var stderr = new ConsoleStream(Console.OpenStandardError(), "standard error");
Console.SetOut(TextWriter.Synchronized(new StreamWriter(stdout, new UTF8Encoding(false)) { AutoFlush = true }));
Console.SetError(TextWriter.Synchronized(new StreamWriter(stderr, new UTF8Encoding(false)) { AutoFlush = true }));

// Ctrl+C (SIGINT) and SIGTERM cancel the command through its token: a build stops between files,
// leaves no temporary behind, says so and exits 130; a watch stops watching.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});
var exit = EcoBriefApp.Run(args, Console.Out, Console.Error, cancel.Token);
return ConsoleStream.Exit(exit, stdout, stderr, Console.Error);

using System.Runtime.InteropServices;
using System.Text;
using EcoBrief.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

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
return EcoBriefApp.Run(args, Console.Out, Console.Error, cancel.Token);

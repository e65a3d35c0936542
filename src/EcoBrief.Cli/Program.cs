using System.Text;
using EcoBrief.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return EcoBriefApp.Run(args, Console.Out, Console.Error);

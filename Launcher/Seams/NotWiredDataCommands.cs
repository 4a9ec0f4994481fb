using Backtest.Launcher.Errors;

namespace Backtest.Launcher.Seams;

/// <summary>The data commands before Backtest.Data's readers are wired in: each says so clearly (exit code 2).</summary>
internal sealed class NotWiredDataCommands : IDataCommands
{
    public void Import(ImportRequest request, CommandContext context, CancellationToken cancellation) => throw NotWired("data import");

    public void Generate(GenerateRequest request, CommandContext context, CancellationToken cancellation) => throw NotWired("data generate");

    public void Validate(ValidateRequest request, CommandContext context, CancellationToken cancellation) => throw NotWired("data validate");

    public void Info(InfoRequest request, CommandContext context, CancellationToken cancellation) => throw NotWired("data info");

    private static NotAvailableException NotWired(string command) =>
        new($"'backtest {command}' is not wired to the data library yet in this build; no files were read or written.");
}

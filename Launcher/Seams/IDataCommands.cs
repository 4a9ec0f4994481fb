namespace Backtest.Launcher.Seams;

/// <summary>
/// The <c>backtest data ...</c> commands, implemented over Backtest.Data (wired by the composition root).
/// Each method returns normally on success and throws on failure: a DataException for bad input,
/// OperationCanceledException when <paramref name="cancellation"/> fires, OutputException or IOException when
/// writing fails. The launcher maps the exception to the exit code.
/// </summary>
internal interface IDataCommands
{
    void Import(ImportRequest request, CommandContext context, CancellationToken cancellation);

    void Generate(GenerateRequest request, CommandContext context, CancellationToken cancellation);

    void Validate(ValidateRequest request, CommandContext context, CancellationToken cancellation);

    void Info(InfoRequest request, CommandContext context, CancellationToken cancellation);
}

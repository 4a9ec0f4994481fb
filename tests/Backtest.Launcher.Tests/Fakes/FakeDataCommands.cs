using Backtest.Launcher.Seams;

namespace Backtest.Launcher.Tests.Fakes;

/// <summary>Records each data request and optionally throws, to test parsing and exit-code mapping.</summary>
internal sealed class FakeDataCommands : IDataCommands
{
    public List<object> Requests { get; } = [];

    public Exception? Throw { get; init; }

    public void Import(ImportRequest request, CommandContext context, CancellationToken cancellation) => Record(request);

    public void Generate(GenerateRequest request, CommandContext context, CancellationToken cancellation) => Record(request);

    public void Validate(ValidateRequest request, CommandContext context, CancellationToken cancellation) => Record(request);

    public void Info(InfoRequest request, CommandContext context, CancellationToken cancellation) => Record(request);

    private void Record(object request)
    {
        Requests.Add(request);
        if (Throw is not null)
        {
            throw Throw;
        }
    }
}

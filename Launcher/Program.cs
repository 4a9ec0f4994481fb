namespace Backtest.Launcher;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("backtest: commands are being built; see README.md.");
        return args.Length == 0 ? 0 : 2;
    }
}

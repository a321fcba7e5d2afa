using NodaTime;
using NodaTime.Text;

namespace Congress.Cli;

/// <summary>Dates on the command line: ISO (YYYY-MM-DD), and "today" as a date in China Standard Time.</summary>
internal static class CliDates
{
    /// <summary>Today's date in China by <paramref name="clock"/>.</summary>
    public static LocalDate Today(IClock clock) => Congress.Domain.ChinaDate.Today(clock);

    /// <summary>Parses the value of <paramref name="option"/>, or <see langword="null"/> when it was not given.</summary>
    /// <exception cref="CliInputException">The text is not an ISO date.</exception>
    public static LocalDate? Parse(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new CliInputException($"{option}: '{text}' is not a date of the form YYYY-MM-DD");
    }
}

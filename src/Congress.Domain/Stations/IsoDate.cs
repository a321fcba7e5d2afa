using NodaTime;
using NodaTime.Text;

namespace Congress.Domain.Stations;

/// <summary>Formats dates as ISO 8601 (2024-09-30) for rule messages and reasons.</summary>
internal static class IsoDate
{
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

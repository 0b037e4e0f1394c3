using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsReader.Web.Data;

/// <summary>Stores instants as UTC ticks (a sortable integer); they are read back as UTC offsets.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

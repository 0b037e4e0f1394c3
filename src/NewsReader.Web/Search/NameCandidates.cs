using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Search;

/// <summary>People and topics as <see cref="NameRanker"/> candidates: the one query the picker API and search share.</summary>
public static class NameCandidates
{
    public static IQueryable<NameCandidate> People(NewsReaderDbContext db) =>
        db.People.AsNoTracking().Select(p => new NameCandidate(p.Id, p.Slug, p.Name, p.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList()));

    public static IQueryable<NameCandidate> Topics(NewsReaderDbContext db) =>
        db.Topics.AsNoTracking().Select(t => new NameCandidate(t.Id, t.Slug, t.Name, new List<string>()));
}

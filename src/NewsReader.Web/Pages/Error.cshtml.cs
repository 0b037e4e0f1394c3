using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Pages;

/// <summary>Shown by the exception handler outside Development; the request id ties it to the log.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    /// <summary>Set when the failure was the storage (disk full, read-only database): the page says so.</summary>
    public string? StorageReason { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var error = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        StorageReason = error is null ? null : NewsReader.Web.Hosting.StorageFaults.Reason(error);
        if (StorageReason is not null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
        }
    }
}

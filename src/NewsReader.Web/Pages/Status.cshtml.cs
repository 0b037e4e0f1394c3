using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Pages;

/// <summary>The page shown for error status codes (re-executed by the status code pages middleware).</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Page not found", "There is no page at this address. The article may have a different link, or the address was mistyped."),
            400 => ("Bad request", "The request could not be understood."),
            403 => ("Not allowed", "You do not have permission to do that."),
            405 => ("Method not allowed", "This address does not accept that kind of request."),
            _ => ($"Error {code}", "The request could not be completed."),
        };

        // Visited directly (not re-executed), the page reports the code it describes.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}

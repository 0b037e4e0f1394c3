using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsReader.Web.Hosting;

/// <summary>
/// A request whose method a page serves but that names no handler of it (a POST without
/// <c>?handler=</c> to a page whose forms all name one, or a misspelt name) is a 400. Razor Pages would
/// otherwise render the page without running any handler, so its model was never loaded (a 500).
/// The other half, methods a page does not serve at all, is <see cref="PageMethods"/>.
/// </summary>
public sealed class MissingHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // A page without handlers is only a view, and rendering it is all there is to do.
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new BadRequestResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

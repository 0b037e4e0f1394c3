# syntax=docker/dockerfile:1
# Two stages: the SDK image builds and publishes; the smaller ASP.NET runtime image runs as a non-root user.
# CI runs the same `dotnet publish` command (see .ci/run), so a publish that breaks fails there first.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so the package layer is cached across source edits.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/NewsReader.Web/NewsReader.Web.csproj src/NewsReader.Web/
COPY src/NewsReader.Suggestions/NewsReader.Suggestions.csproj src/NewsReader.Suggestions/
RUN dotnet restore src/NewsReader.Web/NewsReader.Web.csproj
COPY src/ src/
RUN dotnet publish src/NewsReader.Web/NewsReader.Web.csproj -c Release -o /app/publish --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
COPY seeds/ ./seeds/
# The database and logs live under /app/data, a volume, owned by the image's non-root "app" user.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Default="Data Source=/app/data/newsreader.db" \
    LogFile__Path=/app/data/logs/newsreader-.json \
    Seed__Path=/app/seeds
# Production with secure cookies: sign-in needs HTTPS from a TLS proxy the app trusts, e.g.
#   -e ForwardedHeaders__KnownNetworks__0=172.16.0.0/12 -e AllowedHosts=news.example.org
# or, only to try it on plain HTTP, -e Security__SecureCookies=false (see README.md, Docker).
VOLUME /app/data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "NewsReader.Web.dll"]

using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Transport.WebSockets;
using JointMeeting.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JointMeeting.GraphQL.Transport;

/// <summary>
/// Registration and mounting of the GraphQL server:
/// <code>
/// builder.Services.AddGraphQLServer(schema, o => o.GraphiQLDirectory = "client/graphiql/dist");
/// app.MapGraphQL("/graphql");
/// </code>
/// </summary>
public static class GraphQLServerExtensions
{
    /// <summary>Registers the transport (HTTP, WebSocket, GraphiQL) for <paramref name="schema"/>.</summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null) =>
        services.AddGraphQLServer(options =>
        {
            options.Schema = schema;
            configure?.Invoke(options);
        });

    /// <summary>Registers the transport; <paramref name="configure"/> must set <see cref="GraphQLServerOptions.Schema"/>.</summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Action<GraphQLServerOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton<IGraphQLExecutor, GraphQLExecutor>();
        services.TryAddSingleton<GraphiQLFiles>();
        services.TryAddSingleton<GraphQLWebSocketHandler>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        // WebSocket upgrades need the WebSockets middleware ahead of the endpoints; a second
        // UseWebSockets by the host is harmless (it only adds the feature when missing).
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, WebSocketsStartupFilter>());
        return services;
    }

    /// <summary>
    /// Serves GraphQL at <paramref name="path"/>: POST and GET (HTTP), WebSocket upgrades
    /// (<c>graphql-transport-ws</c>) and GraphiQL on a browser GET, its assets below the path.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var graphiql = endpoints.ServiceProvider.GetRequiredService<GraphiQLFiles>();
        var group = endpoints.MapGroup(path);
        group.Map("", handler.HandleAsync).WithDisplayName("GraphQL " + path);
        // "/graphql/" (a trailing slash, as some browsers and proxies add) is the GraphQL path itself
        group.MapGet("/{**asset}", context => context.Request.RouteValues["asset"] is string { Length: > 0 } asset
                ? graphiql.ServeAssetAsync(context, asset)
                : handler.HandleAsync(context))
            .WithDisplayName("GraphiQL assets " + path);
        return group;
    }

    private sealed class WebSocketsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWebSockets();
            next(app);
        };
    }
}

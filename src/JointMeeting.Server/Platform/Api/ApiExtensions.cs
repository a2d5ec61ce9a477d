using JointMeeting.GraphQL.Transport;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Platform.Hosting;

namespace JointMeeting.Server.Platform.Api;

public static class ApiExtensions
{
    /// <summary>
    /// The product's GraphQL schema, built from every <see cref="IGraphQLModule"/> in the server (each
    /// feature folder declares its own types), served with the API's error mapping and GraphiQL.
    /// </summary>
    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        var schema = BuildSchema();
        builder.Services.AddSingleton(schema);
        builder.Services.AddGraphQLServer(schema, options =>
        {
            options.ErrorFilter = new ApiErrorFilter();
            options.GraphiQLDirectory = AppDirectories.GraphiQL(builder.Configuration);
        });
        return builder;
    }

    public static Schema BuildSchema() => new SchemaBuilder().AddModulesFrom(typeof(ApiExtensions).Assembly).Build();

    public static WebApplication MapGraphQLApi(this WebApplication app)
    {
        app.MapGraphQL("/graphql");
        return app;
    }
}

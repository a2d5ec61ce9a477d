using JointMeeting.Server.Platform;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();            // PORT, PostgreSQL + migrations, Quartz jobs, mail outbox, /health
// builder.AddEventStore();       // event store + projection daemon (contributes "projections" to /health)
// builder.AddGraphQLApi();       // GraphQL engine, /graphql
// builder.AddLiveUpdates();      // SignalR /hubs/live, fed by the event feed
// builder.AddOrganisations();    // feature modules, one line each: Organisations, MicroWishes, Meetings, …

var app = builder.Build();

app.MapPlatform();                // GET /health
// app.MapGraphQLApi();           // /graphql (POST, GET, WebSocket)
// app.MapLiveUpdates();          // /hubs/live
// app.MapWebClient();            // the built client at /

return await app.RunPlatformAsync();

/// <summary>Visible to WebApplicationFactory&lt;Program&gt; in the tests.</summary>
public partial class Program;

using JointMeeting.Server.Platform;
using JointMeeting.Server.Platform.Api;
using JointMeeting.Server.Platform.Auth;
using JointMeeting.Server.Platform.Events;
using JointMeeting.Server.Platform.Hosting;
using JointMeeting.Server.Platform.Live;

// Content root beside the binaries, so appsettings.json is found whatever directory starts the server.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddPlatform();            // PORT, PostgreSQL + migrations, Quartz jobs, mail outbox, /health
builder.AddEvents();              // event store, projection daemon, live feed, the write path
builder.AddAuth();                // cookie sessions; the actor is read per request
builder.AddGraphQLApi();          // every feature's IGraphQLModule at /graphql
builder.AddLiveUpdates();         // SignalR /hubs/live, fed by the event feed
builder.AddFeatures();            // each feature's services, projections, jobs and live notices

var app = builder.Build();

app.UseAuth();
app.MapPlatform();                // GET /health
app.MapGraphQLApi();              // /graphql (POST, GET, WebSocket, GraphiQL)
app.MapLiveUpdates();             // /hubs/live
app.MapWebClient();               // the built client at /

return await app.RunPlatformAsync();

/// <summary>Visible to WebApplicationFactory&lt;Program&gt; in the tests.</summary>
public partial class Program;

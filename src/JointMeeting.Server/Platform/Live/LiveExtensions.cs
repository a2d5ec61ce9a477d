namespace JointMeeting.Server.Platform.Live;

public static class LiveExtensions
{
    /// <summary>SignalR at /hubs/live, fed from the event feed through each feature's <see cref="ILiveNoticeMapper"/>.</summary>
    public static WebApplicationBuilder AddLiveUpdates(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 32 * 1024);
        builder.Services.AddHostedService<LiveFeedRelay>();
        return builder;
    }

    public static IServiceCollection AddLiveNotices<TMapper>(this IServiceCollection services)
        where TMapper : class, ILiveNoticeMapper => services.AddSingleton<ILiveNoticeMapper, TMapper>();

    public static WebApplication MapLiveUpdates(this WebApplication app)
    {
        app.MapHub<LiveHub>("/hubs/live");
        return app;
    }
}

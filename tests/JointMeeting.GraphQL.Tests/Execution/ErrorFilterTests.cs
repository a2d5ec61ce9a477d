using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;
using Microsoft.Extensions.Logging;
using static JointMeeting.GraphQL.Tests.Execution.ExecutionHarness;

namespace JointMeeting.GraphQL.Tests.Execution;

public class ErrorFilterTests
{
    private sealed class NotFoundException(string what) : Exception($"{what} was not found");

    private sealed class VersionConflictException(int current) : Exception("conflict")
    {
        public int Current { get; } = current;
    }

    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { missing: String conflict: String crash: String }")
        .Resolve("Query", "missing", _ => throw new NotFoundException("Wish 7"))
        .Resolve("Query", "conflict", async _ => { await Task.Yield(); throw new VersionConflictException(4); })
        .Resolve("Query", "crash", _ => throw new InvalidOperationException("secret connection string in here"))
        .Build();

    private static readonly IErrorFilter Filter = new DelegateErrorFilter((exception, _) => exception switch
    {
        NotFoundException e => new GraphQLException(e.Message, "NOT_FOUND"),
        VersionConflictException e => new GraphQLException("Someone else changed it first.", "CONFLICT",
            new Dictionary<string, object?> { ["currentVersion"] = e.Current }),
        _ => null,
    });

    [Fact]
    public async Task Filter_maps_domain_exceptions_to_codes()
    {
        var json = await Json(Schema, "{ missing conflict }", configure: o => new ExecutionOptions(o.Schema) { ErrorFilter = Filter });
        Assert.Equal(J("{'errors':[{'message':'Wish 7 was not found','locations':[{'line':1,'column':3}],'path':['missing'],'extensions':{'code':'NOT_FOUND'}},{'message':'Someone else changed it first.','locations':[{'line':1,'column':11}],'path':['conflict'],'extensions':{'code':'CONFLICT','currentVersion':4}}],'data':{'missing':null,'conflict':null}}"), json);
    }

    [Fact]
    public async Task Unmapped_exceptions_are_internal_without_details_and_are_logged()
    {
        var logger = new ListLogger();
        var executor = new GraphQLExecutor(logger);
        var result = await Execute(Schema, "{ crash }", configure: o => new ExecutionOptions(o.Schema) { ErrorFilter = Filter }, executor: executor);
        var json = ExecutionResultJson.Serialize(result);
        Assert.Equal(J("{'errors':[{'message':'Internal server error','locations':[{'line':1,'column':3}],'path':['crash'],'extensions':{'code':'INTERNAL'}}],'data':{'crash':null}}"), json);
        Assert.DoesNotContain("secret", json);
        Assert.DoesNotContain(" at ", json);
        Assert.Single(logger.Entries);
        Assert.IsType<InvalidOperationException>(logger.Entries[0].Exception);
    }

    private sealed class ListLogger : ILogger<GraphQLExecutor>
    {
        public List<(LogLevel Level, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries) Entries.Add((logLevel, exception));
        }
    }
}

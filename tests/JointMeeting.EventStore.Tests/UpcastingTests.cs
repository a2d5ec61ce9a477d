using System.Text.Json.Nodes;

namespace JointMeeting.EventStore.Tests;

public sealed class UpcastingTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task An_event_stored_under_an_old_name_and_shape_reads_as_the_new_type()
    {
        // Version 1 of the software stored "item.put" with a "count" field; today it is ItemAdded with "amount".
        await using var store = await fixture.CreateStoreAsync(o => o.Events
            .Upcast("item.put.v0", json => ("item.put", json))
            .Upcast("item.put", "item.added", json => new JsonObject
            {
                ["itemId"] = json["itemId"]!.GetValue<string>(),
                ["amount"] = json["count"]!.GetValue<int>(),
            }));
        await fixture.ExecuteAsync($$"""
            INSERT INTO {{store.Options.Schema}}.streams (id, version) VALUES ('old', 2);
            INSERT INTO {{store.Options.Schema}}.events (stream_id, version, type, data)
            VALUES ('old', 1, 'item.put', '{"itemId": "a", "count": 3}'), ('old', 2, 'item.put.v0', '{"itemId": "b", "count": 4}');
            """);

        var events = await store.ReadStreamAsync("old");

        Assert.Equal(new object[] { new ItemAdded("a", 3), new ItemAdded("b", 4) }, events.Select(e => e.Data));
        Assert.Equal(["item.added", "item.added"], events.Select(e => e.TypeName));
    }

    [Fact]
    public async Task An_unknown_stored_name_fails_the_read_with_a_clear_error()
    {
        await using var store = await fixture.CreateStoreAsync();
        await fixture.ExecuteAsync($$"""
            INSERT INTO {{store.Options.Schema}}.streams (id, version) VALUES ('odd', 1);
            INSERT INTO {{store.Options.Schema}}.events (stream_id, version, type, data) VALUES ('odd', 1, 'thing.vanished', '{}');
            """);

        var error = await Assert.ThrowsAsync<UnknownEventTypeException>(() => store.ReadStreamAsync("odd"));

        Assert.Equal("thing.vanished", error.TypeName);
        Assert.Contains("Register", error.Message);
    }

    [Fact]
    public void A_name_or_type_can_be_registered_only_once_and_a_live_name_cannot_be_upcast()
    {
        var registry = new EventTypeRegistry().Register<ItemAdded>("item.added");

        Assert.Throws<InvalidOperationException>(() => registry.Register<ItemRemoved>("item.added"));
        Assert.Throws<InvalidOperationException>(() => registry.Register<ItemAdded>("item.added.again"));
        Assert.Throws<InvalidOperationException>(() => registry.Upcast("item.added", j => ("x", j)));
        Assert.Equal("item.added", registry.NameOf(typeof(ItemAdded)));
    }
}

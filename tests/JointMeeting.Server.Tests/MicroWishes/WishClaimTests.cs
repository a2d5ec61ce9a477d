using System.Diagnostics;
using System.Net.Http.Headers;
using JointMeeting.Server.Tests.Support;
using JointMeeting.Testing;
using Xunit.Abstractions;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>Issue 5's claim proofs over real HTTP with separate logins: exclusivity under 200 concurrent claimers, bad input, the lifecycle.</summary>
public sealed partial class WishClaimTests(WishWorldFixture fixture, ITestOutputHelper output) : IClassFixture<WishWorldFixture>
{
    private AppHost Host => fixture.Host;
    private ServiceWorld World => fixture.World;

    [Fact]
    public async Task Two_hundred_concurrent_claimers_one_winner_199_conflicts_no_5xx()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        var (wishId, _) = await World.PublishedWishAsync(secretary, "200人抢一个心愿");
        var clients = new List<GraphQLClient>();
        foreach (var batch in World.Members.Take(200).Chunk(20))
            clients.AddRange(await Task.WhenAll(batch.Select(World.SignInAsync)));

        var gate = new TaskCompletionSource();
        var attempts = clients.Select(async c =>
        {
            await gate.Task;
            return await c.SendAsync(WishOps.Claim, new { input = new { wishId } });
        }).ToList();
        var clock = Stopwatch.StartNew();
        gate.SetResult();
        var responses = await Task.WhenAll(attempts);
        output.WriteLine($"200 concurrent claims answered in {clock.ElapsedMilliseconds} ms");
        JointMeeting.Testing.Figures.Report($"Claims: 200 concurrent claimers on one wish answered in {clock.ElapsedMilliseconds} ms (1 winner, 199 CONFLICT)");

        Assert.All(responses, r => Assert.True(r.Status < 500, $"5xx: {r.Body}"));
        var winners = responses.Where(r => r.Errors.Count == 0).ToList();
        var conflicts = responses.Where(r => r.Code == "CONFLICT").ToList();
        Assert.Single(winners);
        Assert.Equal(199, conflicts.Count);
        Assert.All(conflicts, r => Assert.Contains("已被认领", r.Errors[0].GetProperty("message").GetString()));
        var winner = winners[0].Data.GetProperty("claimWish");
        Assert.Equal("CLAIMED", winner.Str("status"));
        // Exactly three events: submitted, published, claimed.
        Assert.Equal(3L, await Host.ScalarAsync<long>("SELECT count(*) FROM events.events WHERE stream_id = $1", $"wish-{wishId}"));
        var card = await secretary.DataAsync(WishOps.Wish, new { id = wishId });
        Assert.Equal(winner.Str("claimant", "id"), card.Str("wish", "claimant", "id"));
        foreach (var c in clients) c.Dispose();
    }

    [Fact]
    public async Task Bad_claims_are_clear_errors_and_write_nothing()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        var (published, _) = await World.PublishedWishAsync(secretary, "错误认领");
        var submitted = (await secretary.DataAsync("""
            mutation($input: SubmitWishInput!) { submitWish(input: $input) { id } }
            """, new { input = new { communityId = World.CommunityId, category = "ELDER_CARE", title = "未发布的心愿", description = "描述", estimatedValue = 20,
                residentName = "张三华", residentPhone = "13900000001", residentAddress = "1栋101" } })).Str("submitWish", "id");
        var member = World.Members[150];
        using var client = await World.SignInAsync(member);
        using var outsider = await World.SignInAsync(World.OutsideMembers[0]);

        await NothingWrittenAsync(async () =>
        {
            var notPublished = await client.SendAsync(WishOps.Claim, new { input = new { wishId = submitted } });
            Assert.Equal("CONFLICT", notPublished.Code);
            Assert.Contains("尚未发布", notPublished.Body.ToString());
            var outOfScope = await outsider.SendAsync(WishOps.Claim, new { input = new { wishId = published } });
            Assert.Equal("FORBIDDEN", outOfScope.Code);
            var missing = await client.SendAsync(WishOps.Claim, new { input = new { wishId = "no-such-wish" } });
            Assert.Equal("NOT_FOUND", missing.Code);
            var stale = await client.SendAsync(WishOps.Claim, new { input = new { wishId = published, expectedVersion = 1 } });
            Assert.Equal("CONFLICT", stale.Code);
            Assert.Equal(2, stale.Errors[0].GetProperty("extensions").GetProperty("currentVersion").GetInt32());
        });

        var first = await client.SendAsync(WishOps.Claim, new { input = new { wishId = published, clientMutationId = "c-1" } });
        Assert.Empty(first.Errors);
        await NothingWrittenAsync(async () =>
        {
            var retried = await client.SendAsync(WishOps.Claim, new { input = new { wishId = published, clientMutationId = "c-1" } });
            Assert.Empty(retried.Errors); // the same retry key answers the same result, once
            var twice = await client.SendAsync(WishOps.Claim, new { input = new { wishId = published } });
            Assert.Equal("CONFLICT", twice.Code);
            Assert.Contains("您已认领", twice.Body.ToString());
            using var other = await World.SignInAsync(World.Members[151]);
            var notMine = await other.SendAsync(WishOps.Fulfil, new { input = new { wishId = published, note = "我来完成" } });
            Assert.Equal("FORBIDDEN", notMine.Code);
            var blankNote = await client.SendAsync(WishOps.Fulfil, new { input = new { wishId = published, note = " " } });
            Assert.Equal("VALIDATION", blankNote.Code);
            Assert.True(blankNote.Errors[0].GetProperty("extensions").GetProperty("fields").TryGetProperty("note", out _));
            var strangerPhoto = await client.SendAsync(WishOps.Fulfil, new { input = new { wishId = published, note = "完成", photoIds = new[] { "nope" } } });
            Assert.Equal("VALIDATION", strangerPhoto.Code);
        });
    }

    [Fact]
    public async Task Open_claim_limit_is_enforced()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        using var client = await World.SignInAsync(World.Members[160]);
        var held = (await client.DataAsync("{ myClaims { id status } }")).GetProperty("myClaims").EnumerateArray().Count(c => c.Str("status") == "CLAIMED");
        for (var i = held; i < 3; i++)
        {
            var (id, _) = await World.PublishedWishAsync(secretary, $"上限{i}");
            Assert.Empty((await client.SendAsync(WishOps.Claim, new { input = new { wishId = id } })).Errors);
        }
        var (extra, _) = await World.PublishedWishAsync(secretary, "超出上限");
        await NothingWrittenAsync(async () =>
        {
            var over = await client.SendAsync(WishOps.Claim, new { input = new { wishId = extra } });
            Assert.Equal("CONFLICT", over.Code);
            Assert.Contains("上限3个", over.Body.ToString());
        });
    }

    [Fact]
    public async Task Lifecycle_with_photo_masks_resident_records_views_and_mails_the_claimant()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        var (wishId, version) = await World.PublishedWishAsync(secretary, "完整流程");
        var member = World.Members[170];
        using var client = await World.SignInAsync(member);
        using var neighbour = await World.SignInAsync(World.Members[171]);

        var before = await neighbour.DataAsync(WishOps.Wish, new { id = wishId });
        Assert.True(before.GetProperty("wish").GetProperty("resident").GetProperty("masked").GetBoolean());
        Assert.Equal("何*坤", before.Str("wish", "resident", "name"));
        Assert.Equal("139****1002", before.Str("wish", "resident", "phone"));
        Assert.Equal("1栋", before.Str("wish", "resident", "address"));

        var claimed = await client.DataAsync(WishOps.Claim, new { input = new { wishId, expectedVersion = version } });
        Assert.Equal("CLAIMED", claimed.Str("claimWish", "status"));
        var mine = await client.DataAsync(WishOps.Wish, new { id = wishId });
        Assert.False(mine.GetProperty("wish").GetProperty("resident").GetProperty("masked").GetBoolean());
        Assert.Equal("13900301002", mine.Str("wish", "resident", "phone"));
        Assert.True(await Host.ScalarAsync<long>("SELECT count(*) FROM privacy_views WHERE subject_person_id = $1 AND viewer_person_id = $2",
            $"resident:{wishId}", member.PersonId) >= 1);

        // Photos: a real PNG goes in; a text file, an oversized file and a request without the guard header do not.
        var photoId = await UploadAsync(client, Png(), "photo.png", expect: 201);
        await UploadAsync(client, "not an image"u8.ToArray(), "evil.png", expect: 415);
        await UploadAsync(client, Jpeg(6 * 1024 * 1024), "big.jpg", expect: 413);
        await UploadAsync(client, Png(), "photo.png", expect: 403, guard: false);

        var fulfilled = await client.DataAsync(WishOps.Fulfil, new { input = new { wishId, note = "已更换锁芯", photoIds = new[] { photoId } } });
        Assert.Equal("FULFILLED", fulfilled.Str("fulfilWish", "status"));
        var url = fulfilled.GetProperty("fulfilWish").GetProperty("photos")[0].Str("url");
        using (var photo = await secretary.Http.GetAsync(url.TrimStart('/')))
        {
            Assert.Equal(200, (int)photo.StatusCode);
            Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        }
        using var outsider = await World.SignInAsync(World.OutsideMembers[0]);
        using (var hidden = await outsider.Http.GetAsync(url.TrimStart('/'))) Assert.Equal(404, (int)hidden.StatusCode);

        var confirmed = await secretary.DataAsync(WishOps.Confirm, new { input = new { wishId, rating = 5, thanks = "谢谢！" } });
        Assert.Equal("CLOSED", confirmed.Str("confirmWish", "status"));
        var again = await secretary.SendAsync(WishOps.Confirm, new { input = new { wishId, rating = 5, thanks = "再谢" } });
        Assert.Equal("CONFLICT", again.Code);

        var history = (await secretary.DataAsync(WishOps.Wish, new { id = wishId })).GetProperty("wish").GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["wish.submitted", "wish.published", "wish.claimed", "wish.fulfilled", "wish.confirmed"], history.Select(h => h.Str("event")));
        Assert.Equal(member.PersonId, history[2].Str("by", "id"));

        var staffMail = await SmtpSink.WaitForAsync(World.Secretary.Email, m => m.Any(x => x.Str("subject").Contains("待确认：微心愿「完整流程」")), TimeSpan.FromSeconds(60));
        Assert.Contains(staffMail, x => x.Str("subject").Contains("待确认：微心愿「完整流程」"));
        var mails = await SmtpSink.WaitForAsync(member.Email, m => m.Count >= 2, TimeSpan.FromSeconds(60));
        Assert.Contains(mails, m => m.Str("subject").Contains("认领成功"));
        Assert.Contains(mails, m => m.Str("subject").Contains("感谢") && m.Str("text").Contains("5 星"));
    }

    [Fact]
    public async Task Wishes_for_me_are_ranked_with_reasons()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        var (repair, _) = await World.PublishedWishAsync(secretary, "排序：修水龙头", "REPAIR");
        using var client = await World.SignInAsync(World.Members[180]); // the 181st member: no building declared
        using var nearby = await World.SignInAsync(World.Members[179]); // the 180th member: lives in the wish's building
        var ranked = (await nearby.DataAsync("{ wishesForMe { wish { id } score reason reasons } }")).GetProperty("wishesForMe").EnumerateArray().ToList();
        var mine = ranked.Single(r => r.Str("wish", "id") == repair);
        Assert.Contains("同楼栋", mine.Str("reason"));
        Assert.Contains("擅长维修", mine.Str("reason"));
        Assert.Contains("偏好维修", mine.Str("reason"));
        var far = (await client.DataAsync("{ wishesForMe { wish { id } score reason } }")).GetProperty("wishesForMe").EnumerateArray()
            .Single(r => r.Str("wish", "id") == repair);
        Assert.True(mine.GetProperty("score").GetInt32() > far.GetProperty("score").GetInt32());
        output.WriteLine($"ranked: {mine.Str("reason")} ({mine.GetProperty("score")}) vs {far.Str("reason")} ({far.GetProperty("score")})");
    }

    [Fact]
    public async Task A_live_client_hears_the_claim_within_a_second()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        var (wishId, _) = await World.PublishedWishAsync(secretary, "实时通知");
        using var watcher = await World.SignInAsync(World.Members[190]);
        await using var live = await LiveClient.ConnectAsync(Host, watcher);
        Assert.Equal([$"org:{World.CommunityId}"], await live.JoinAsync($"org:{World.CommunityId}", "person:someone-else"));
        using var claimer = await World.SignInAsync(World.Members[191]);

        var clock = Stopwatch.StartNew();
        var claim = claimer.SendAsync(WishOps.Claim, new { input = new { wishId } });
        var notice = await live.NextNoticeAsync(n => n.Str("id") == wishId && n.Str("event") == "wish.claimed", TimeSpan.FromSeconds(10));
        var latency = clock.ElapsedMilliseconds;
        Assert.Empty((await claim).Errors);
        output.WriteLine($"claim notice reached the SignalR client {latency} ms after the mutation was sent");
        JointMeeting.Testing.Figures.Report($"Live: the claim notice reached a SignalR client {latency} ms after the mutation was sent");
        Assert.Equal("wish", notice.Str("kind"));
        Assert.Equal(3, notice.GetProperty("version").GetInt32());
        Assert.True(latency < 5000, $"notice took {latency} ms");
    }

    private async Task NothingWrittenAsync(Func<Task> act)
    {
        var before = await Host.EventCountAsync();
        await act();
        Assert.Equal(before, await Host.EventCountAsync());
    }

    private static async Task<string> UploadAsync(GraphQLClient client, byte[] bytes, string name, int expect, bool guard = true)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, "uploads/photos") { Content = form };
        if (guard) request.Headers.Add("X-JM-Upload", "1");
        using var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expect == (int)response.StatusCode, $"expected {expect}, got {(int)response.StatusCode}: {body}");
        return expect == 201 ? System.Text.Json.JsonDocument.Parse(body).RootElement.Str("id") : "";
    }

    /// <summary>A 1×1 PNG.</summary>
    private static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static byte[] Jpeg(int size)
    {
        var bytes = new byte[size];
        bytes[0] = 0xFF; bytes[1] = 0xD8; bytes[2] = 0xFF;
        return bytes;
    }
}

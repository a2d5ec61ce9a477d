using Npgsql;

namespace JointMeeting.Server.Uploads;

public sealed record StoredPhoto(string Id, string OwnerId, string ContentType, long SizeBytes);

/// <summary>Photos in <c>upload_photos</c> (bytea): every node serves every photo, backups hold them with the events.</summary>
public sealed class PhotoStore(NpgsqlDataSource db)
{
    public const long MaxBytes = JointMeeting.Domain.MicroWishes.WishRules.MaxPhotoBytes;

    /// <summary>The image type the bytes really are (JPEG, PNG, WebP), whatever the client claimed; null otherwise.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "image/jpeg";
        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    public async Task<StoredPhoto> SaveAsync(string ownerId, string contentType, byte[] data, CancellationToken ct)
    {
        var id = Guid.CreateVersion7().ToString("N");
        await using var cmd = db.CreateCommand("INSERT INTO upload_photos (id, owner_id, content_type, size_bytes, data) VALUES ($1, $2, $3, $4, $5)");
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = ownerId });
        cmd.Parameters.Add(new() { Value = contentType });
        cmd.Parameters.Add(new() { Value = data.Length });
        cmd.Parameters.Add(new() { Value = data });
        await cmd.ExecuteNonQueryAsync(ct);
        return new StoredPhoto(id, ownerId, contentType, data.Length);
    }

    /// <summary>Of <paramref name="ids"/>, the photos <paramref name="ownerId"/> uploaded (a claimant attaches only their own).</summary>
    public async Task<IReadOnlyDictionary<string, StoredPhoto>> OwnedByAsync(string ownerId, IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToArray();
        if (list.Length == 0) return new Dictionary<string, StoredPhoto>();
        await using var cmd = db.CreateCommand("SELECT id, owner_id, content_type, size_bytes FROM upload_photos WHERE owner_id = $1 AND id = ANY($2)");
        cmd.Parameters.Add(new() { Value = ownerId });
        cmd.Parameters.Add(new() { Value = list });
        var found = new Dictionary<string, StoredPhoto>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) found[r.GetString(0)] = new StoredPhoto(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3));
        return found;
    }

    public async Task<(StoredPhoto Photo, byte[] Data)?> ReadAsync(string id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT id, owner_id, content_type, size_bytes, data FROM upload_photos WHERE id = $1");
        cmd.Parameters.Add(new() { Value = id });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return (new StoredPhoto(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), r.GetFieldValue<byte[]>(4));
    }
}

using System.Security.Cryptography;
using System.Text;

namespace JointMeeting.Server.Platform.Database.Migrations;

/// <summary>One versioned schema change. Versions are global: platform 0001–0099, features 0100 and up.</summary>
public sealed record Migration(int Version, string Name, string Sql, string Source)
{
    /// <summary>SHA-256 of the script with line endings normalised, so a checkout on Windows keeps the same checksum.</summary>
    public string Checksum => Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(Sql.Replace("\r\n", "\n"))));

    public override string ToString() => $"{Version:D4}_{Name}";
}

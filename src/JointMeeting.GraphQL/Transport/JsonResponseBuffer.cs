using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JointMeeting.GraphQL.Transport;

/// <summary>
/// A reusable buffer with its <see cref="Utf8JsonWriter"/>: responses are written here and then sent
/// in one write with a Content-Length. One is kept per thread, so the hot path allocates neither.
/// </summary>
public sealed class JsonResponseBuffer : IDisposable
{
    // Buffers that grew past this are dropped after use rather than kept alive per thread.
    private const int KeepCapacity = 64 * 1024;

    [ThreadStatic] private static JsonResponseBuffer? _cached;

    // Our bodies are JSON, never HTML: only what JSON itself requires is escaped, so Chinese text stays UTF-8.
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    private JsonResponseBuffer() => Writer = new Utf8JsonWriter(_buffer, WriterOptions);

    /// <summary>The writer, positioned at an empty buffer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>What has been written (after <see cref="Utf8JsonWriter.Flush"/>).</summary>
    public ReadOnlyMemory<byte> Written
    {
        get
        {
            Writer.Flush();
            return _buffer.WrittenMemory;
        }
    }

    /// <summary>Takes this thread's buffer (or a new one); give it back with <see cref="Dispose"/>.</summary>
    public static JsonResponseBuffer Rent()
    {
        var buffer = _cached ?? new JsonResponseBuffer();
        _cached = null;
        return buffer;
    }

    /// <summary>Clears the buffer and keeps it for the next response on the current thread.</summary>
    public void Dispose()
    {
        if (_buffer.Capacity > KeepCapacity) return;
        _buffer.ResetWrittenCount();
        Writer.Reset(_buffer);
        _cached = this;
    }
}

using System.Text;

namespace JointMeeting.GraphQL.Language;

/// <summary>
/// A StringBuilder that indents after every line break it writes, which is how graphql-js
/// <c>print()</c> renders nested blocks (block strings included).
/// </summary>
internal sealed class PrintWriter
{
    private readonly StringBuilder _text = new();
    private string _indentation = string.Empty;

    public void Indent() => _indentation += "  ";

    public void Dedent() => _indentation = _indentation[..^2];

    public void Write(string text)
    {
        if (_indentation.Length == 0 || !text.Contains('\n'))
        {
            _text.Append(text);
            return;
        }
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            _text.Append(text, start, i + 1 - start).Append(_indentation);
            start = i + 1;
        }
        _text.Append(text, start, text.Length - start);
    }

    public override string ToString() => _text.ToString();
}

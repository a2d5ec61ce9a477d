namespace JointMeeting.Server.Platform;

/// <summary>A startup problem an operator fixes (bad configuration, database down): printed as one line, no stack trace.</summary>
public sealed class PlatformStartupException(string message, Exception? inner = null) : Exception(message, inner);

namespace JointMeeting.GraphQL.Transport.WebSockets;

/// <summary>The socket close codes of <c>graphql-transport-ws</c> (graphql-ws PROTOCOL.md).</summary>
public static class CloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    public const int InternalServerError = 4500;

    /// <summary>The only subprotocol served.</summary>
    public const string Subprotocol = "graphql-transport-ws";
}

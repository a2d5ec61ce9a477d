using JointMeeting.Domain.Common;

namespace JointMeeting.Server.Accounts;

public sealed record LoginInput(string Username, string Password);

public sealed record LogoutInput(string? ClientMutationId);

public sealed record RegisterAccountInput(
    string LoginName, string Password, string DisplayName, string? Phone, string? Email, string? Address,
    string HomeOrganisationId, string? ClientMutationId);

public sealed record UpdateProfileInput(
    string AccountId, string DisplayName, string? Phone, string? Email, string? Address, int? ExpectedVersion, string? ClientMutationId);

public sealed record ChangePasswordInput(string OldPassword, string NewPassword, string? ClientMutationId);

public sealed record ResetPasswordInput(string AccountId, string NewPassword, int? ExpectedVersion, string? ClientMutationId);

public sealed record RoleInput(string AccountId, Role Role, string ScopeId, int? ExpectedVersion, string? ClientMutationId);

public sealed record UnlockAccountInput(string AccountId, int? ExpectedVersion, string? ClientMutationId);

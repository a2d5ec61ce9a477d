using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Accounts.Login;
using JointMeeting.Server.Organisations;

namespace JointMeeting.Server.Accounts;

/// <summary>login/logout/me and account administration (issue 4 §3).</summary>
public sealed class AccountTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<Role>("Role", "角色（每个角色限定在一个组织范围内）");
        b.Object<RoleGrant>("RoleGrant", t =>
        {
            t.Field("role", g => g.Role).Type("Role!");
            t.Field("scopeId", g => g.ScopeId).Type("ID!");
            t.Field("scopeName").Type("String").Resolve(async ctx => (await ctx.OrganisationAsync(ctx.Parent<RoleGrant>().ScopeId))?.Name);
        });
        b.Object<AccountView>("Account", t =>
        {
            t.Description("账户及其本人信息；他人的个人信息按隐私规则脱敏");
            t.Field("id", a => a.Row.Id).Type("ID!");
            t.Field("username", a => a.Row.LoginName).Type("String!");
            t.Field("personId", a => a.Row.PersonId).Type("ID!");
            t.Field("displayName", a => a.Personal.Fields.Name).Type("String!");
            t.Field("phone", a => a.Personal.Fields.Phone);
            t.Field("email", a => a.Personal.Fields.Email);
            t.Field("address", a => a.Personal.Fields.Address);
            t.Field("masked", a => !a.Personal.Unmasked).Description("个人信息是否已脱敏");
            t.Field("homeOrganisationId", a => a.Row.HomeOrganisationId).Type("ID!");
            t.Field("homeOrganisation").Type("Organisation").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<AccountView>().Row.HomeOrganisationId));
            t.Field("roles", a => a.Row.Grants).Type("[RoleGrant!]!");
            t.Field("mustChangePassword", a => a.Row.MustChangePassword);
            t.Field("passwordSet", a => Passwords.IsSet(a.Row.PasswordHash))
                .Description("是否已设置密码；导入的党员在管理员重置密码前未激活，无法登录");
            t.Field("lockedUntil", a => a.Row.LockedUntil);
            t.Field("version", a => (int)a.Row.Version);
        });

        b.Input<LoginInput>("LoginInput", i => i.Field("username", "String!").Field("password", "String!"));
        b.Input<LogoutInput>("LogoutInput", i => i.Field("clientMutationId", "String"));
        b.Input<RegisterAccountInput>("RegisterAccountInput", i => i.Field("loginName", "String!").Field("password", "String!")
            .Field("displayName", "String!").Field("phone", "String").Field("email", "String").Field("address", "String")
            .Field("homeOrganisationId", "ID!").Field("clientMutationId", "String"));
        b.Input<UpdateProfileInput>("UpdateProfileInput", i => i.Field("accountId", "ID!").Field("displayName", "String!")
            .Field("phone", "String").Field("email", "String").Field("address", "String")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<ChangePasswordInput>("ChangePasswordInput", i => i.Field("oldPassword", "String!").Field("newPassword", "String!")
            .Field("clientMutationId", "String"));
        b.Input<ResetPasswordInput>("ResetPasswordInput", i => i.Field("accountId", "ID!").Field("newPassword", "String!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<RoleInput>("RoleInput", i => i.Field("accountId", "ID!").Field("role", "Role!").Field("scopeId", "ID!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<UnlockAccountInput>("UnlockAccountInput", i => i.Field("accountId", "ID!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));

        b.Query("me", f => f.Type("Account").Description("当前登录的账户；未登录时为 null").Resolve(async ctx =>
        {
            if (await ctx.OptionalActorAsync() is not { } actor) return null;
            var row = await ctx.Service<AccountReadModel>().FindAsync(actor.AccountId, ctx.CancellationToken);
            return row is null ? null : await ctx.Service<AccountViews>().ViewAsync(actor, row, ctx.CancellationToken);
        }));
        b.Query("account", f => f.Type("Account!").Argument("id", "ID!").Resolve(async ctx =>
            await ctx.Service<AccountViews>().GetAsync(await ctx.ActorAsync(), ctx.Arg<string>("id"), ctx.CancellationToken)));
        b.Query("accounts", f => f.Type("[Account!]!").Description("某组织（含下级）所属的账户，限该组织的书记及上级管理员")
            .Argument("organisationId", "ID!").Argument("search", "String").Argument("first", "Int", 50).Argument("offset", "Int", 0)
            .Resolve(async ctx => await ctx.Service<AccountViews>().UnderAsync(await ctx.ActorAsync(), ctx.Arg<string>("organisationId"),
                ctx.Arg<string?>("search"), ctx.Arg<int>("first"), ctx.Arg<int>("offset"), ctx.CancellationToken)));
        b.Query("accountCount", f => f.Type("Int!").Description("accounts 同条件下的账户总数（用于分页）")
            .Argument("organisationId", "ID!").Argument("search", "String")
            .Resolve(async ctx => await ctx.Service<AccountViews>().CountUnderAsync(await ctx.ActorAsync(), ctx.Arg<string>("organisationId"),
                ctx.Arg<string?>("search"), ctx.CancellationToken)));

        b.Mutation("login", f => f.Type("Account!").Argument("input", "LoginInput!").Resolve(async ctx =>
        {
            var input = ctx.Arg<LoginInput>("input");
            var row = await ctx.Service<LoginService>().LoginAsync(input.Username, input.Password, ctx.CancellationToken);
            return await ctx.Service<AccountViews>().ViewAsync(row.ToActor(), row, ctx.CancellationToken);
        }));
        b.Mutation("logout", f => f.Type("Boolean!").Argument("input", "LogoutInput").Resolve(async ctx =>
        {
            await ctx.Service<LoginService>().LogoutAsync();
            return true;
        }));
        Mutation<RegisterAccountInput>(b, "registerAccount", "RegisterAccountInput", (s, a, i, ct) => s.RegisterAsync(a, i, ct));
        Mutation<UpdateProfileInput>(b, "updateProfile", "UpdateProfileInput", (s, a, i, ct) => s.UpdateProfileAsync(a, i, ct));
        Mutation<ResetPasswordInput>(b, "resetPassword", "ResetPasswordInput", (s, a, i, ct) => s.ResetPasswordAsync(a, i, ct));
        Mutation<RoleInput>(b, "grantRole", "RoleInput", (s, a, i, ct) => s.GrantRoleAsync(a, i, ct));
        Mutation<RoleInput>(b, "revokeRole", "RoleInput", (s, a, i, ct) => s.RevokeRoleAsync(a, i, ct));
        Mutation<UnlockAccountInput>(b, "unlockAccount", "UnlockAccountInput", (s, a, i, ct) => s.UnlockAsync(a, i, ct));
        b.Mutation("changePassword", f => f.Type("Account!").Argument("input", "ChangePasswordInput!").Resolve(async ctx =>
        {
            var actor = await ctx.ActorAsync();
            var row = await ctx.Service<AccountService>().ChangePasswordAsync(actor, ctx.Arg<ChangePasswordInput>("input"), ctx.CancellationToken);
            // The stamp changed with the password: renew this session so only the others end.
            await LoginService.SignInAsync(ctx.Service<IHttpContextAccessor>().HttpContext!, row);
            return await ctx.Service<AccountViews>().ViewAsync(actor, row, ctx.CancellationToken);
        }));
    }

    private static void Mutation<TInput>(SchemaBuilder b, string name, string inputType,
        Func<AccountService, Actor, TInput, CancellationToken, Task<AccountRow>> run) =>
        b.Mutation(name, f => f.Type("Account!").Argument("input", inputType + "!").Resolve(async ctx =>
        {
            var actor = await ctx.ActorAsync();
            var row = await run(ctx.Service<AccountService>(), actor, ctx.Arg<TInput>("input"), ctx.CancellationToken);
            return await ctx.Service<AccountViews>().ViewAsync(actor, row, ctx.CancellationToken);
        }));
}

// 账号管理: accounts under an organisation, one account's detail with its 双报到 history, and the admin's writes.
import { graphql } from '@/gql';

export const AdminAccountFields = graphql(`
  fragment AdminAccountFields on Account {
    id
    username
    personId
    displayName
    phone
    email
    address
    masked
    homeOrganisationId
    homeOrganisation {
      id
      name
      kindLabel
    }
    roles {
      role
      scopeId
      scopeName
    }
    mustChangePassword
    passwordSet
    lockedUntil
    version
  }
`);

export const AdminAccountsQuery = graphql(`
  query AdminAccounts($organisationId: ID!, $search: String, $first: Int, $offset: Int) {
    accounts(organisationId: $organisationId, search: $search, first: $first, offset: $offset) {
      ...AdminAccountFields
    }
    accountCount(organisationId: $organisationId, search: $search)
  }
`);

export const AdminAccountQuery = graphql(`
  query AdminAccount($id: ID!) {
    account(id: $id) {
      ...AdminAccountFields
    }
  }
`);

export const AccountReportHistoryQuery = graphql(`
  query AccountReportHistory($personId: ID!) {
    memberReportsOf(personId: $personId) {
      id
      status
      reason
      requestedAt
      decidedAt
      community {
        id
        name
      }
      unit {
        id
        name
      }
      grid {
        id
        name
      }
      building {
        id
        name
      }
    }
  }
`);

/** One level of the organisation picker: an organisation and its children. */
export const OrgLevelQuery = graphql(`
  query OrgLevel($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      kindLabel
      parentId
      children {
        id
        name
        kind
        kindLabel
      }
    }
  }
`);

export const RegisterAccountMutation = graphql(`
  mutation RegisterAccount($input: RegisterAccountInput!) {
    registerAccount(input: $input) {
      ...AdminAccountFields
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...AdminAccountFields
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...AdminAccountFields
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: RoleInput!) {
    grantRole(input: $input) {
      ...AdminAccountFields
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($input: RoleInput!) {
    revokeRole(input: $input) {
      ...AdminAccountFields
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($input: UnlockAccountInput!) {
    unlockAccount(input: $input) {
      ...AdminAccountFields
    }
  }
`);

import { graphql } from '@/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      personId
      username
      displayName
      mustChangePassword
      roles {
        role
        scopeId
        scopeName
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      id
      mustChangePassword
      version
    }
  }
`);

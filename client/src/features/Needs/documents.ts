import { graphql } from '@/gql';

export const NeedFields = graphql(`
  fragment NeedFields on Need {
    id
    version
    organisationId
    organisationName
    title
    category
    categoryLabel
    description
    place
    urgency
    urgencyLabel
    whatIsNeeded
    quantityNeeded
    deadline
    status
    postedAt
    updatedAt
    canManage
    activeClaim {
      id
      unitId
      unitName
      status
      claimedAt
    }
    claims {
      id
      unitId
      unitName
      status
      claimedAt
    }
  }
`);

export const NeedsQuery = graphql(`
  query Needs($organisationId: ID!, $status: NeedStatus) {
    needs(organisationId: $organisationId, status: $status) {
      ...NeedFields
    }
  }
`);

export const NeedQuery = graphql(`
  query Need($id: ID!) {
    need(id: $id) {
      ...NeedFields
    }
    projects(needId: $id) {
      id
      title
      status
      percent
    }
  }
`);

export const MatchSuggestionsQuery = graphql(`
  query MatchSuggestions($needId: ID!) {
    matchSuggestions(needId: $needId) {
      resourceId
      unitId
      score
      reason
      resource {
        id
        title
        kind
        kindLabel
        unitName
        capacity
        capacityUnit
        remaining
        taken
        place
        availableUntil
      }
    }
  }
`);

export const PostNeedMutation = graphql(`
  mutation PostNeed($input: PostNeedInput!) {
    postNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const EditNeedMutation = graphql(`
  mutation EditNeed($input: EditNeedInput!) {
    editNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const ClaimNeedMutation = graphql(`
  mutation ClaimNeed($input: ClaimNeedInput!) {
    claimNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const ConfirmNeedClaimMutation = graphql(`
  mutation ConfirmNeedClaim($input: NeedClaimInput!) {
    confirmNeedClaim(input: $input) {
      ...NeedFields
    }
  }
`);

export const DeclineNeedClaimMutation = graphql(`
  mutation DeclineNeedClaim($input: NeedClaimInput!) {
    declineNeedClaim(input: $input) {
      ...NeedFields
    }
  }
`);

export const WithdrawNeedClaimMutation = graphql(`
  mutation WithdrawNeedClaim($input: NeedClaimInput!) {
    withdrawNeedClaim(input: $input) {
      ...NeedFields
    }
  }
`);

export const CloseNeedMutation = graphql(`
  mutation CloseNeed($input: NeedActionInput!) {
    closeNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const WithdrawNeedMutation = graphql(`
  mutation WithdrawNeed($input: NeedActionInput!) {
    withdrawNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const DraftProjectFromMatchMutation = graphql(`
  mutation DraftProjectFromMatch($input: DraftProjectInput!) {
    draftProject(input: $input) {
      id
      title
      status
    }
  }
`);

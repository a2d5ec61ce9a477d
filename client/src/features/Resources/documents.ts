import { graphql } from '@/gql';

export const ResourceFields = graphql(`
  fragment ResourceFields on Resource {
    id
    version
    unitId
    unitName
    organisationId
    kind
    kindLabel
    title
    description
    capacity
    capacityUnit
    taken
    remaining
    availableFrom
    availableUntil
    place
    withdrawn
    offeredAt
    updatedAt
    canManage
    claims {
      id
      organisationId
      organisationName
      quantity
      purpose
      status
    }
  }
`);

export const ResourcesQuery = graphql(`
  query Resources($organisationId: ID, $unitId: ID, $available: Boolean) {
    resources(organisationId: $organisationId, unitId: $unitId, available: $available) {
      ...ResourceFields
    }
  }
`);

export const OfferResourceMutation = graphql(`
  mutation OfferResource($input: OfferResourceInput!) {
    offerResource(input: $input) {
      ...ResourceFields
    }
  }
`);

export const WithdrawResourceMutation = graphql(`
  mutation WithdrawResource($input: WithdrawResourceInput!) {
    withdrawResource(input: $input) {
      ...ResourceFields
    }
  }
`);

export const ClaimResourceMutation = graphql(`
  mutation ClaimResource($input: ClaimResourceInput!) {
    claimResource(input: $input) {
      ...ResourceFields
    }
  }
`);

export const ConfirmResourceClaimMutation = graphql(`
  mutation ConfirmResourceClaim($input: ResourceClaimInput!) {
    confirmResourceClaim(input: $input) {
      ...ResourceFields
    }
  }
`);

export const DeclineResourceClaimMutation = graphql(`
  mutation DeclineResourceClaim($input: ResourceClaimInput!) {
    declineResourceClaim(input: $input) {
      ...ResourceFields
    }
  }
`);

export const CancelResourceClaimMutation = graphql(`
  mutation CancelResourceClaim($input: ResourceClaimInput!) {
    cancelResourceClaim(input: $input) {
      ...ResourceFields
    }
  }
`);

export const RecordResourceUseMutation = graphql(`
  mutation RecordResourceUse($input: ResourceClaimInput!) {
    recordResourceUse(input: $input) {
      ...ResourceFields
    }
  }
`);

export const EditResourceMutation = graphql(`
  mutation EditResource($input: EditResourceInput!) {
    editResource(input: $input) {
      ...ResourceFields
    }
  }
`);

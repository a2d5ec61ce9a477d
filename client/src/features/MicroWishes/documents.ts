import { graphql } from '@/gql';

export const WishCardFields = graphql(`
  fragment WishCardFields on Wish {
    id
    version
    status
    statusText
    category
    categoryLabel
    title
    description
    estimatedValue
    communityId
    communityName
    widenedToStreet
    gridName
    buildingName
    submittedAt
    publishedAt
    waitingDays
    claimant {
      id
      displayName
    }
    claimedAt
    dueAt
    fulfilledAt
    rating
    viewerCanClaim
  }
`);

export const WishesQuery = graphql(`
  query Wishes($communityId: ID!, $status: WishStatus, $includeStreetWide: Boolean) {
    wishes(communityId: $communityId, status: $status, includeStreetWide: $includeStreetWide) {
      ...WishCardFields
    }
  }
`);

/** The street a community belongs to: named when widening a wish, and the street's live group on a member's wall. */
export const WishStreetQuery = graphql(`
  query WishStreet($id: ID!) {
    organisation(id: $id) {
      id
      parent {
        id
        name
      }
    }
  }
`);

export const WishesForMeQuery = graphql(`
  query WishesForMe {
    wishesForMe {
      score
      reason
      reasons
      wish {
        ...WishCardFields
      }
    }
  }
`);

export const MyClaimsQuery = graphql(`
  query MyClaims {
    myClaims {
      ...WishCardFields
      fulfilNote
    }
  }
`);

export const WishQuery = graphql(`
  query Wish($id: ID!) {
    wish(id: $id) {
      ...WishCardFields
      streetId
      resident {
        name
        phone
        address
        masked
      }
      submittedBy {
        id
        displayName
      }
      fulfilNote
      photos {
        id
        contentType
        sizeBytes
        url
      }
      thanks
      confirmedAt
      closingReason
      history {
        version
        event
        action
        by {
          id
          displayName
        }
        at
        detail
      }
    }
  }
`);

export const WishSettingsQuery = graphql(`
  query WishSettings($communityId: ID!) {
    wishSettings(communityId: $communityId) {
      communityId
      fulfilWithinDays
      openClaimLimit
      version
    }
  }
`);

export const SubmitWishMutation = graphql(`
  mutation SubmitWish($input: SubmitWishInput!) {
    submitWish(input: $input) {
      id
      version
      status
    }
  }
`);

export const ReviewWishMutation = graphql(`
  mutation ReviewWish($input: ReviewWishInput!) {
    reviewWish(input: $input) {
      id
      version
      status
    }
  }
`);

export const PublishWishMutation = graphql(`
  mutation PublishWish($input: PublishWishInput!) {
    publishWish(input: $input) {
      id
      version
      status
    }
  }
`);

export const ClaimWishMutation = graphql(`
  mutation ClaimWish($input: ClaimWishInput!) {
    claimWish(input: $input) {
      id
      version
      status
      dueAt
    }
  }
`);

export const ReleaseWishMutation = graphql(`
  mutation ReleaseWish($input: ReleaseWishInput!) {
    releaseWish(input: $input) {
      id
      version
      status
    }
  }
`);

export const FulfilWishMutation = graphql(`
  mutation FulfilWish($input: FulfilWishInput!) {
    fulfilWish(input: $input) {
      id
      version
      status
    }
  }
`);

export const ConfirmWishMutation = graphql(`
  mutation ConfirmWish($input: ConfirmWishInput!) {
    confirmWish(input: $input) {
      id
      version
      status
      rating
    }
  }
`);

export const DisputeWishMutation = graphql(`
  mutation DisputeWish($input: DisputeWishInput!) {
    disputeWish(input: $input) {
      id
      version
      status
    }
  }
`);

export const CancelWishMutation = graphql(`
  mutation CancelWish($input: CancelWishInput!) {
    cancelWish(input: $input) {
      id
      version
      status
    }
  }
`);

export const PushWishMutation = graphql(`
  mutation PushWish($input: PushWishInput!) {
    pushWish(input: $input) {
      person {
        id
        displayName
      }
      score
      reason
    }
  }
`);

export const SetWishSettingsMutation = graphql(`
  mutation SetWishSettings($input: SetWishSettingsInput!) {
    setWishSettings(input: $input) {
      communityId
      fulfilWithinDays
      openClaimLimit
      version
    }
  }
`);

export const WishPlacesQuery = graphql(`
  query WishPlaces($communityId: ID!) {
    organisations(parentId: $communityId, kind: GRID) {
      id
      name
      children {
        id
        name
        kind
      }
    }
  }
`);

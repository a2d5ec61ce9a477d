import { graphql } from '@/gql';

export const PostFields = graphql(`
  fragment PostFields on VolunteerPost {
    id
    version
    title
    place
    category
    categoryLabel
    description
    communityId
    widenedToStreet
    startsAt
    endsAt
    slots
    slotsTaken
    slotsLeft
    status
    closedReason
    viewerCanClaim
    mySlot {
      claimedAt
      checkedInAt
      checkedOutAt
      hours
      noShow
    }
    holders {
      member {
        id
        displayName
      }
      claimedAt
      checkedInAt
      checkedOutAt
      hours
      noShow
    }
  }
`);

export const PostsQuery = graphql(`
  query VolunteerPosts($communityId: ID!) {
    volunteerPosts(communityId: $communityId) {
      ...PostFields
    }
  }
`);

export const PublishPostMutation = graphql(`
  mutation PublishVolunteerPost($input: PublishVolunteerPostInput!) {
    publishVolunteerPost(input: $input) {
      ...PostFields
    }
  }
`);

export const ClaimSlotMutation = graphql(`
  mutation ClaimVolunteerSlot($input: VolunteerPostInput!) {
    claimVolunteerSlot(input: $input) {
      ...PostFields
    }
  }
`);

export const CancelSlotMutation = graphql(`
  mutation CancelVolunteerSlot($input: VolunteerPostInput!) {
    cancelVolunteerSlot(input: $input) {
      ...PostFields
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckInVolunteer($input: VolunteerPostInput!) {
    checkInVolunteer(input: $input) {
      ...PostFields
    }
  }
`);

export const CheckOutMutation = graphql(`
  mutation CheckOutVolunteer($input: VolunteerPostInput!) {
    checkOutVolunteer(input: $input) {
      ...PostFields
    }
  }
`);

export const NoShowMutation = graphql(`
  mutation MarkVolunteerNoShow($input: MarkVolunteerNoShowInput!) {
    markVolunteerNoShow(input: $input) {
      ...PostFields
    }
  }
`);

export const ClosePostMutation = graphql(`
  mutation CloseVolunteerPost($input: CloseVolunteerPostInput!) {
    closeVolunteerPost(input: $input) {
      ...PostFields
    }
  }
`);

export const PostQuery = graphql(`
  query VolunteerPost($id: ID!) {
    volunteerPost(id: $id) {
      ...PostFields
    }
  }
`);

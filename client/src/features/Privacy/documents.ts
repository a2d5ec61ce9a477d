import { graphql } from '@/gql';

export const PrivacyViewsQuery = graphql(`
  query PrivacyViews($subjectPersonId: ID, $viewerPersonId: ID, $since: DateTime, $first: Int, $offset: Int) {
    privacyViews(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since, first: $first, offset: $offset) {
      id
      viewerPersonId
      viewer {
        personId
        accountId
        username
        maskedName
      }
      subjectPersonId
      subject {
        personId
        accountId
        username
        maskedName
      }
      subjectUnit {
        id
        name
      }
      fields
      reason
      context
      viewedAt
      viewCount
      lastViewedAt
    }
    privacyViewCount(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since)
  }
`);

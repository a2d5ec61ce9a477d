import { graphql } from '@/gql';

export const MyPointsQuery = graphql(`
  query MyPoints($year: Int) {
    myPoints(year: $year) {
      year
      points
      stars
      grade
      gradeLabel
      entries {
        date
        source
        sourceId
        points
        reason
      }
      years {
        year
        points
        stars
        grade
        gradeLabel
      }
    }
  }
`);

export const LeaderboardQuery = graphql(`
  query PointsLeaderboard($organisationId: ID!, $year: Int!, $owners: PointsOwnerKind, $take: Int) {
    pointsLeaderboard(organisationId: $organisationId, year: $year, owners: $owners, take: $take) {
      rank
      ownerId
      ownerKind
      name
      points
      stars
      grade
      gradeLabel
    }
  }
`);

export const PointsScopeQuery = graphql(`
  query PointsScope($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      parent {
        id
        name
        kind
      }
    }
  }
`);

export const RecomputePointsMutation = graphql(`
  mutation RecomputePoints($input: RecomputePointsInput!) {
    recomputePoints(input: $input)
  }
`);

export const PointsRecomputationsQuery = graphql(`
  query PointsRecomputations {
    pointsRecomputations(first: 5) {
      id
      requestedAt
      requestedBy {
        id
        displayName
      }
      reason
    }
  }
`);

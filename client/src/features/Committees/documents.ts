// Joint committees (大工委 / 联合党委): list, detail with convener and members, part-time appointments, cadence.
import { graphql } from '@/gql';

export const CommitteeFields = graphql(`
  fragment CommitteeFields on Committee {
    id
    name
    level
    version
    organisationId
    organisation {
      id
      name
      kind
      kindLabel
      path {
        districtId
        streetId
        communityId
      }
    }
    convenerPersonId
    cadence {
      kind
      interval
      dayOfMonth
      monthOfQuarter
    }
    skippedDates
    members {
      personId
      name
      email
      partTime
      fromOrganisationId
      fromOrganisation {
        id
        name
      }
      termStart
      termEnd
    }
  }
`);

export const CommitteesQuery = graphql(`
  query Committees {
    committees {
      ...CommitteeFields
    }
  }
`);

export const CommitteeQuery = graphql(`
  query Committee($id: ID!) {
    committee(id: $id) {
      ...CommitteeFields
    }
  }
`);

export const CoBuildingUnitsQuery = graphql(`
  query CoBuildingUnits($organisationId: ID!) {
    coBuildingUnits(organisationId: $organisationId) {
      id
      name
      unit {
        kindLabel
        contactName
      }
    }
  }
`);

export const AppointPartTimeMemberMutation = graphql(`
  mutation AppointPartTimeMember($input: AppointPartTimeMemberInput!) {
    appointPartTimeMember(input: $input) {
      ...CommitteeFields
    }
  }
`);

export const EndPartTimeTermMutation = graphql(`
  mutation EndPartTimeTerm($input: EndPartTimeTermInput!) {
    endPartTimeTerm(input: $input) {
      ...CommitteeFields
    }
  }
`);

export const SetCadenceMutation = graphql(`
  mutation SetCadence($input: SetCadenceInput!) {
    setCadence(input: $input) {
      ...CommitteeFields
    }
  }
`);

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
  query Committees($organisationId: ID, $includeDescendants: Boolean) {
    committees(organisationId: $organisationId, includeDescendants: $includeDescendants) {
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
    coBuildingUnits(organisationId: $organisationId, includeDescendants: true) {
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

export const CreateCommitteeMutation = graphql(`
  mutation CreateCommittee($input: CreateCommitteeInput!) {
    createCommittee(input: $input) {
      ...CommitteeFields
    }
  }
`);

export const RenameCommitteeMutation = graphql(`
  mutation RenameCommittee($input: RenameCommitteeInput!) {
    renameCommittee(input: $input) {
      ...CommitteeFields
    }
  }
`);

export const ChangeConvenerMutation = graphql(`
  mutation ChangeConvener($input: CommitteePersonInput!) {
    changeConvener(input: $input) {
      ...CommitteeFields
    }
  }
`);

export const AddStandingMemberMutation = graphql(`
  mutation AddStandingMember($input: AddStandingMemberInput!) {
    addStandingMember(input: $input) {
      ...CommitteeFields
    }
  }
`);

export const RemoveStandingMemberMutation = graphql(`
  mutation RemoveStandingMember($input: CommitteePersonInput!) {
    removeStandingMember(input: $input) {
      ...CommitteeFields
    }
  }
`);

export const ChangeMemberEmailMutation = graphql(`
  mutation ChangeMemberEmail($input: ChangeMemberEmailInput!) {
    changeMemberEmail(input: $input) {
      ...CommitteeFields
    }
  }
`);

/** Accounts homed under an organisation (for secretaries over it), searched by name or login: the person picker. */
export const PeopleSearchQuery = graphql(`
  query PeopleSearch($organisationId: ID!, $search: String, $first: Int) {
    accounts(organisationId: $organisationId, search: $search, first: $first) {
      id
      personId
      displayName
      email
      homeOrganisation {
        id
        name
      }
    }
  }
`);

/** Organisations a committee may be set up in, or a part-time member may come from (children of one organisation). */
export const OrgOptionsQuery = graphql(`
  query CommitteeOrgOptions($parentId: ID!, $kind: OrganisationKind) {
    organisations(parentId: $parentId, kind: $kind) {
      id
      name
      kind
      kindLabel
    }
  }
`);

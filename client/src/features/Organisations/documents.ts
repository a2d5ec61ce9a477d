import { graphql } from '@/gql';

export const OrgNodeFields = graphql(`
  fragment OrgNodeFields on Organisation {
    id
    kind
    kindLabel
    name
    parentId
    archived
    version
    createdAt
    unit {
      kind
      kindLabel
      partyOrganisationName
      contactName
      contactPhone
      masked
    }
  }
`);

export const OrgRootQuery = graphql(`
  query OrgRoot($id: ID!) {
    organisation(id: $id) {
      ...OrgNodeFields
    }
  }
`);

export const OrgChildrenQuery = graphql(`
  query OrgChildren($parentId: ID, $includeArchived: Boolean) {
    organisations(parentId: $parentId, includeArchived: $includeArchived) {
      ...OrgNodeFields
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrgNodeFields
    }
  }
`);

export const RenameOrganisationMutation = graphql(`
  mutation RenameOrganisation($input: RenameOrganisationInput!) {
    renameOrganisation(input: $input) {
      ...OrgNodeFields
    }
  }
`);

export const MoveOrganisationMutation = graphql(`
  mutation MoveOrganisation($input: MoveOrganisationInput!) {
    moveOrganisation(input: $input) {
      ...OrgNodeFields
    }
  }
`);

export const ArchiveOrganisationMutation = graphql(`
  mutation ArchiveOrganisation($input: ArchiveOrganisationInput!) {
    archiveOrganisation(input: $input) {
      ...OrgNodeFields
    }
  }
`);

export const UpdateUnitDetailsMutation = graphql(`
  mutation UpdateUnitDetails($input: UpdateUnitDetailsInput!) {
    updateUnitDetails(input: $input) {
      ...OrgNodeFields
    }
  }
`);

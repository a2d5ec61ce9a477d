import { graphql } from '@/gql';

export const ProjectFields = graphql(`
  fragment ProjectFields on Project {
    id
    version
    organisationId
    organisationName
    title
    description
    needId
    resourceIds
    ownerUnitIds
    status
    meetingId
    agendaItemId
    percent
    draftedAt
    updatedAt
    canManage
    claims {
      id
      unitId
      unitName
      status
    }
  }
`);

export const ProjectsQuery = graphql(`
  query Projects($organisationId: ID!) {
    projects(organisationId: $organisationId) {
      ...ProjectFields
    }
  }
`);

export const DraftProjectMutation = graphql(`
  mutation DraftProject($input: DraftProjectInput!) {
    draftProject(input: $input) {
      ...ProjectFields
    }
  }
`);

export const ProposeProjectMutation = graphql(`
  mutation ProposeProject($input: ProposeProjectInput!) {
    proposeProject(input: $input) {
      ...ProjectFields
    }
  }
`);

export const ClaimProjectMutation = graphql(`
  mutation ClaimProject($input: ClaimProjectInput!) {
    claimProject(input: $input) {
      ...ProjectFields
    }
  }
`);

export const ConfirmProjectClaimMutation = graphql(`
  mutation ConfirmProjectClaim($input: ProjectClaimInput!) {
    confirmProjectClaim(input: $input) {
      ...ProjectFields
    }
  }
`);

export const DeclineProjectClaimMutation = graphql(`
  mutation DeclineProjectClaim($input: ProjectClaimInput!) {
    declineProjectClaim(input: $input) {
      ...ProjectFields
    }
  }
`);

export const UpdateProjectProgressMutation = graphql(`
  mutation UpdateProjectProgress($input: ProjectProgressInput!) {
    updateProjectProgress(input: $input) {
      ...ProjectFields
    }
  }
`);

export const CompleteProjectMutation = graphql(`
  mutation CompleteProject($input: CompleteProjectInput!) {
    completeProject(input: $input) {
      ...ProjectFields
    }
  }
`);

export const EditProjectMutation = graphql(`
  mutation EditProject($input: EditProjectInput!) {
    editProject(input: $input) {
      ...ProjectFields
    }
  }
`);

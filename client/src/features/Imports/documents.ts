// CSV imports (organisations, units, in-service members): start with an uploaded file, then poll the job.
import { graphql } from '@/gql';

export const ImportJobFields = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    kind
    status
    total
    valid
    processed
    failed
    errorCount
    createdAt
    finishedAt
    tookMs
    message
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!, $first: Int!, $offset: Int!) {
    importJob(id: $id) {
      ...ImportJobFields
      errors(first: $first, offset: $offset) {
        row
        column
        reason
      }
    }
  }
`);

export const ImportMembersMutation = graphql(`
  mutation ImportMembers($input: ImportInput!) {
    importMembers(input: $input) {
      ...ImportJobFields
    }
  }
`);

export const ImportUnitsMutation = graphql(`
  mutation ImportUnits($input: ImportInput!) {
    importUnits(input: $input) {
      ...ImportJobFields
    }
  }
`);

export const ImportOrganisationsMutation = graphql(`
  mutation ImportOrganisations($input: ImportInput!) {
    importOrganisations(input: $input) {
      ...ImportJobFields
    }
  }
`);

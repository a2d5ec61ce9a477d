import { graphql } from '@/gql';

export const AgreementFields = graphql(`
  fragment AgreementFields on Agreement {
    id
    version
    organisationId
    organisationName
    unitId
    unitName
    title
    scope
    startsOn
    endsOn
    projectIds
    signedBy
    status
    inForce
    mySide
  }
`);

export const AgreementsQuery = graphql(`
  query Agreements($unitId: ID, $organisationId: ID) {
    agreements(unitId: $unitId, organisationId: $organisationId) {
      ...AgreementFields
    }
  }
`);

export const UnitChoicesQuery = graphql(`
  query UnitChoices($parentId: ID!) {
    organisations(parentId: $parentId, kind: RESIDENT_UNIT) {
      id
      name
    }
  }
`);

export const DraftAgreementMutation = graphql(`
  mutation DraftAgreement($input: DraftAgreementInput!) {
    draftAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

export const SignAgreementMutation = graphql(`
  mutation SignAgreement($input: AgreementActionInput!) {
    signAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

export const TerminateAgreementMutation = graphql(`
  mutation TerminateAgreement($input: AgreementActionInput!) {
    terminateAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

export const EditAgreementMutation = graphql(`
  mutation EditAgreement($input: EditAgreementInput!) {
    editAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

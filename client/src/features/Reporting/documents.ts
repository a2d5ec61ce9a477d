// 双报到: member reports (a member's own, a secretary's approvals), unit reports (a unit contact's), and the
// organisation tree the report form picks from.
import { graphql } from '@/gql';

export const MemberReportFields = graphql(`
  fragment MemberReportFields on MemberReport {
    id
    personId
    status
    reason
    requestedAt
    decidedAt
    version
    communityId
    community {
      id
      name
    }
    unitId
    unit {
      id
      name
    }
    gridId
    grid {
      id
      name
    }
    buildingId
    building {
      id
      name
    }
    profile {
      skills
      skillLabels
      preferredCategories
      availability {
        day
        part
      }
    }
  }
`);

export const MyMemberReportsQuery = graphql(`
  query MyMemberReports {
    myMemberReports {
      ...MemberReportFields
    }
  }
`);

export const ReportPlacesQuery = graphql(`
  query ReportPlaces {
    organisations {
      id
      name
      kind
      children {
        id
        name
        kind
        children {
          id
          name
          kind
          children {
            id
            name
            kind
            children {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
`);

export const MemberReportsQuery = graphql(`
  query MemberReportsTo($organisationId: ID!, $status: ReportStatus) {
    memberReports(organisationId: $organisationId, status: $status) {
      ...MemberReportFields
      member {
        id
        displayName
        phone
        masked
      }
    }
  }
`);

export const UnitReportFields = graphql(`
  fragment UnitReportFields on UnitReport {
    id
    status
    reason
    note
    requestedAt
    decidedAt
    version
    unitId
    unit {
      id
      name
      unit {
        kindLabel
        partyOrganisationName
        contactName
        contactPhone
      }
    }
    targetId
    target {
      id
      name
      kindLabel
    }
  }
`);

export const UnitReportsQuery = graphql(`
  query UnitReportsTo($organisationId: ID!, $status: ReportStatus) {
    unitReports(organisationId: $organisationId, status: $status) {
      ...UnitReportFields
    }
  }
`);

export const UnitReportsOfQuery = graphql(`
  query UnitReportsOf($unitId: ID!) {
    unitReportsOf(unitId: $unitId) {
      ...UnitReportFields
    }
    organisation(id: $unitId) {
      id
      name
      path {
        districtId
        streetId
        communityId
      }
    }
  }
`);

export const RequestMemberReportMutation = graphql(`
  mutation RequestMemberReport($input: RequestMemberReportInput!) {
    requestMemberReport(input: $input) {
      ...MemberReportFields
    }
  }
`);

export const WithdrawMemberReportMutation = graphql(`
  mutation WithdrawMemberReport($input: ReportActionInput!) {
    withdrawMemberReport(input: $input) {
      ...MemberReportFields
    }
  }
`);

export const UpdateServiceProfileMutation = graphql(`
  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {
    updateServiceProfile(input: $input) {
      ...MemberReportFields
    }
  }
`);

export const ApproveMemberReportMutation = graphql(`
  mutation ApproveMemberReport($input: ReportActionInput!) {
    approveMemberReport(input: $input) {
      ...MemberReportFields
    }
  }
`);

export const RejectMemberReportMutation = graphql(`
  mutation RejectMemberReport($input: RejectReportInput!) {
    rejectMemberReport(input: $input) {
      ...MemberReportFields
    }
  }
`);

export const RequestUnitReportMutation = graphql(`
  mutation RequestUnitReport($input: RequestUnitReportInput!) {
    requestUnitReport(input: $input) {
      ...UnitReportFields
    }
  }
`);

export const WithdrawUnitReportMutation = graphql(`
  mutation WithdrawUnitReport($input: ReportActionInput!) {
    withdrawUnitReport(input: $input) {
      ...UnitReportFields
    }
  }
`);

export const ApproveUnitReportMutation = graphql(`
  mutation ApproveUnitReport($input: ReportActionInput!) {
    approveUnitReport(input: $input) {
      ...UnitReportFields
    }
  }
`);

export const RejectUnitReportMutation = graphql(`
  mutation RejectUnitReport($input: RejectReportInput!) {
    rejectUnitReport(input: $input) {
      ...UnitReportFields
    }
  }
`);

export const ChangeResidenceMutation = graphql(`
  mutation ChangeResidence($input: ChangeResidenceInput!) {
    changeResidence(input: $input) {
      ...MemberReportFields
    }
  }
`);

// 代为登记: the people of the secretary's organisation (and below), searched by name or login.
export const ReportPeopleQuery = graphql(`
  query ReportPeople($organisationId: ID!, $search: String) {
    accounts(organisationId: $organisationId, search: $search, first: 20) {
      id
      personId
      username
      displayName
      phone
      masked
      homeOrganisation {
        id
        name
      }
    }
  }
`);

export const PersonReportsQuery = graphql(`
  query PersonReports($personId: ID!) {
    memberReportsOf(personId: $personId) {
      id
      status
      community {
        id
        name
      }
    }
  }
`);

// 双报告: a unit's members' quarterly service record, and sending the quarter's reports by mail.
export const UnitServiceReportsQuery = graphql(`
  query UnitServiceReports($unitId: ID!, $year: Int!, $quarter: Int!) {
    unitServiceReports(unitId: $unitId, year: $year, quarter: $quarter) {
      member {
        id
        displayName
      }
      year
      quarter
      wishesFulfilled
      volunteerHours
      actionItemsDone
      points
      starsEarned
      starsYearToDate
      gradeYearToDate
    }
  }
`);

export const SendUnitServiceReportsMutation = graphql(`
  mutation SendUnitServiceReports($input: SendUnitServiceReportsInput!) {
    sendUnitServiceReports(input: $input)
  }
`);

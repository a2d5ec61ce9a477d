import { graphql } from '@/gql';

export const MeetingSummaryFields = graphql(`
  fragment MeetingSummaryFields on Meeting {
    id
    version
    committeeId
    committeeName
    organisationId
    cycleNumber
    title
    startsAt
    endsAt
    place
    phase
    minutesStatus
    signedInCount
    isInvited
    canManage
  }
`);

export const MeetingsOfOrganisationQuery = graphql(`
  query MeetingsOfOrganisation($organisationId: ID!) {
    meetingsOfOrganisation(organisationId: $organisationId) {
      ...MeetingSummaryFields
    }
  }
`);

export const ActionItemFields = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    version
    meetingId
    agendaItemId
    committeeId
    title
    ownerKind
    ownerId
    ownerName
    dueDate
    status
    percent
    completedLate
    reminderSent
    escalated
    overdue
    carriedOverTo
    review
    createdAt
    updatedAt
    canWorkOn
    canSupervise
  }
`);

export const MeetingFields = graphql(`
  fragment MeetingFields on Meeting {
    ...MeetingSummaryFields
    sequence
    cancelReason
    convenerPersonId
    canApproveMinutes
    signInOpen
    minutesText
    agenda {
      id
      kind
      title
      refId
      description
      decision {
        agendaItemId
        outcome
        outcomeLabel
        note
      }
    }
    invitations {
      personId
      name
      unitId
      unitName
      response
      leaveReason
      signedInAt
    }
    attendance {
      unitId
      unitName
      invited
      signedIn
      onLeave
    }
    actionItems {
      ...ActionItemFields
    }
  }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      ...MeetingSummaryFields
    }
  }
`);

export const RescheduleMeetingMutation = graphql(`
  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: MeetingActionInput!) {
    cancelMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      ...MeetingFields
    }
  }
`);

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {
    removeAgendaItem(input: $input) {
      ...MeetingFields
    }
  }
`);

export const RespondToInvitationMutation = graphql(`
  mutation RespondToInvitation($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      ...MeetingFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...MeetingFields
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      ...MeetingFields
    }
  }
`);

export const DraftMinutesMutation = graphql(`
  mutation DraftMinutes($input: DraftMinutesInput!) {
    draftMinutes(input: $input) {
      ...MeetingFields
    }
  }
`);

export const ApproveMinutesMutation = graphql(`
  mutation ApproveMinutes($input: MeetingActionInput!) {
    approveMinutes(input: $input) {
      ...MeetingFields
    }
  }
`);

export const PublishMinutesMutation = graphql(`
  mutation PublishMinutes($input: MeetingActionInput!) {
    publishMinutes(input: $input) {
      ...MeetingFields
    }
  }
`);

export const CreateActionItemMutation = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const CycleFiguresQuery = graphql(`
  query CycleFigures($committeeId: ID!) {
    cycleFigures(committeeId: $committeeId) {
      committeeId
      cycleNumber
      meetingId
      asOf
      itemsDue
      itemsClosed
      closureRate
      overdueCount
      units {
        unitId
        unitName
        claims
        confirmedClaims
        invited
        attended
        itemsDue
        itemsClosed
        overdue
      }
    }
  }
`);

export const UnitScorecardQuery = graphql(`
  query UnitScorecard($unitId: ID!) {
    unitScorecard(unitId: $unitId) {
      unitId
      unitName
      cycles
      claims
      confirmedClaims
      invited
      attended
      attendanceRate
      itemsDue
      itemsClosed
      closureRate
      overdue
    }
  }
`);

export const MyPersonQuery = graphql(`
  query MyPerson {
    me {
      id
      personId
    }
  }
`);

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    personId\n    displayName\n    phone\n    email\n    address\n    masked\n    homeOrganisationId\n    homeOrganisation {\n      id\n      name\n      kindLabel\n    }\n    roles {\n      role\n      scopeId\n      scopeName\n    }\n    mustChangePassword\n    passwordSet\n    lockedUntil\n    version\n  }\n": typeof types.AdminAccountFieldsFragmentDoc,
    "\n  query AdminAccounts($organisationId: ID!, $search: String, $first: Int, $offset: Int) {\n    accounts(organisationId: $organisationId, search: $search, first: $first, offset: $offset) {\n      ...AdminAccountFields\n    }\n    accountCount(organisationId: $organisationId, search: $search)\n  }\n": typeof types.AdminAccountsDocument,
    "\n  query AdminAccount($id: ID!) {\n    account(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.AdminAccountDocument,
    "\n  query AccountReportHistory($personId: ID!) {\n    memberReportsOf(personId: $personId) {\n      id\n      status\n      reason\n      requestedAt\n      decidedAt\n      community {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      grid {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountReportHistoryDocument,
    "\n  query OrgLevel($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      kindLabel\n      parentId\n      children {\n        id\n        name\n        kind\n        kindLabel\n      }\n    }\n  }\n": typeof types.OrgLevelDocument,
    "\n  mutation RegisterAccount($input: RegisterAccountInput!) {\n    registerAccount(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.RegisterAccountDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation GrantRole($input: RoleInput!) {\n    grantRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($input: RoleInput!) {\n    revokeRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation UnlockAccount($input: UnlockAccountInput!) {\n    unlockAccount(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.UnlockAccountDocument,
    "\n  query Me {\n    me {\n      id\n      personId\n      username\n      displayName\n      mustChangePassword\n      roles {\n        role\n        scopeId\n        scopeName\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query SupervisionBoard($organisationId: ID!) {\n    supervisionBoard(organisationId: $organisationId) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.SupervisionBoardDocument,
    "\n  mutation UpdateActionItemProgress($input: ActionItemProgressInput!) {\n    updateActionItemProgress(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.UpdateActionItemProgressDocument,
    "\n  mutation CompleteActionItem($input: ActionItemActionInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation DropActionItem($input: ActionItemActionInput!) {\n    dropActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.DropActionItemDocument,
    "\n  mutation ReviewActionItem($input: ReviewActionItemInput!) {\n    reviewActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ReviewActionItemDocument,
    "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ActionItemFields\n      ownerKind\n      remindOn\n      createdAt\n      history {\n        version\n        event\n        action\n        byName\n        at\n        percent\n        detail\n      }\n    }\n  }\n": typeof types.ActionItemDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    version\n    organisationId\n    organisationName\n    unitId\n    unitName\n    title\n    scope\n    startsOn\n    endsOn\n    projectIds\n    signedBy\n    status\n    inForce\n    mySide\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  query Agreements($unitId: ID, $organisationId: ID) {\n    agreements(unitId: $unitId, organisationId: $organisationId) {\n      ...AgreementFields\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  query UnitChoices($parentId: ID!) {\n    organisations(parentId: $parentId, kind: RESIDENT_UNIT) {\n      id\n      name\n    }\n  }\n": typeof types.UnitChoicesDocument,
    "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.DraftAgreementDocument,
    "\n  mutation SignAgreement($input: AgreementActionInput!) {\n    signAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.SignAgreementDocument,
    "\n  mutation TerminateAgreement($input: AgreementActionInput!) {\n    terminateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.TerminateAgreementDocument,
    "\n  mutation EditAgreement($input: EditAgreementInput!) {\n    editAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.EditAgreementDocument,
    "\n  fragment CommitteeFields on Committee {\n    id\n    name\n    level\n    version\n    organisationId\n    organisation {\n      id\n      name\n      kind\n      kindLabel\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n    convenerPersonId\n    cadence {\n      kind\n      interval\n      dayOfMonth\n      monthOfQuarter\n    }\n    skippedDates\n    members {\n      personId\n      name\n      email\n      partTime\n      fromOrganisationId\n      fromOrganisation {\n        id\n        name\n      }\n      termStart\n      termEnd\n    }\n  }\n": typeof types.CommitteeFieldsFragmentDoc,
    "\n  query Committees($organisationId: ID, $includeDescendants: Boolean) {\n    committees(organisationId: $organisationId, includeDescendants: $includeDescendants) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.CommitteesDocument,
    "\n  query Committee($id: ID!) {\n    committee(id: $id) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.CommitteeDocument,
    "\n  query CoBuildingUnits($organisationId: ID!) {\n    coBuildingUnits(organisationId: $organisationId, includeDescendants: true) {\n      id\n      name\n      unit {\n        kindLabel\n        contactName\n      }\n    }\n  }\n": typeof types.CoBuildingUnitsDocument,
    "\n  mutation AppointPartTimeMember($input: AppointPartTimeMemberInput!) {\n    appointPartTimeMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.AppointPartTimeMemberDocument,
    "\n  mutation EndPartTimeTerm($input: EndPartTimeTermInput!) {\n    endPartTimeTerm(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.EndPartTimeTermDocument,
    "\n  mutation SetCadence($input: SetCadenceInput!) {\n    setCadence(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.SetCadenceDocument,
    "\n  mutation CreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.CreateCommitteeDocument,
    "\n  mutation RenameCommittee($input: RenameCommitteeInput!) {\n    renameCommittee(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.RenameCommitteeDocument,
    "\n  mutation ChangeConvener($input: CommitteePersonInput!) {\n    changeConvener(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.ChangeConvenerDocument,
    "\n  mutation AddStandingMember($input: AddStandingMemberInput!) {\n    addStandingMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.AddStandingMemberDocument,
    "\n  mutation RemoveStandingMember($input: CommitteePersonInput!) {\n    removeStandingMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.RemoveStandingMemberDocument,
    "\n  mutation ChangeMemberEmail($input: ChangeMemberEmailInput!) {\n    changeMemberEmail(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": typeof types.ChangeMemberEmailDocument,
    "\n  query PeopleSearch($organisationId: ID!, $search: String, $first: Int) {\n    accounts(organisationId: $organisationId, search: $search, first: $first) {\n      id\n      personId\n      displayName\n      email\n      homeOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  query CommitteeOrgOptions($parentId: ID!, $kind: OrganisationKind) {\n    organisations(parentId: $parentId, kind: $kind) {\n      id\n      name\n      kind\n      kindLabel\n    }\n  }\n": typeof types.CommitteeOrgOptionsDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    total\n    valid\n    processed\n    failed\n    errorCount\n    createdAt\n    finishedAt\n    tookMs\n    message\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  query ImportJob($id: ID!, $first: Int!, $offset: Int!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      errors(first: $first, offset: $offset) {\n        row\n        column\n        reason\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  mutation ImportMembers($input: ImportInput!) {\n    importMembers(input: $input) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportMembersDocument,
    "\n  mutation ImportUnits($input: ImportInput!) {\n    importUnits(input: $input) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportUnitsDocument,
    "\n  mutation ImportOrganisations($input: ImportInput!) {\n    importOrganisations(input: $input) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportOrganisationsDocument,
    "\n  query CycleScope($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n  }\n": typeof types.CycleScopeDocument,
    "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    version\n    committeeId\n    committeeName\n    organisationId\n    cycleNumber\n    title\n    startsAt\n    endsAt\n    place\n    phase\n    minutesStatus\n    signedInCount\n    isInvited\n    canManage\n  }\n": typeof types.MeetingSummaryFieldsFragmentDoc,
    "\n  query MeetingsOfOrganisation($organisationId: ID!) {\n    meetingsOfOrganisation(organisationId: $organisationId) {\n      ...MeetingSummaryFields\n    }\n  }\n": typeof types.MeetingsOfOrganisationDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    version\n    meetingId\n    agendaItemId\n    committeeId\n    title\n    ownerKind\n    ownerId\n    ownerName\n    dueDate\n    status\n    percent\n    completedLate\n    reminderSent\n    escalated\n    overdue\n    carriedOverTo\n    review\n    createdAt\n    updatedAt\n    canWorkOn\n    canSupervise\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    ...MeetingSummaryFields\n    sequence\n    cancelReason\n    convenerPersonId\n    canApproveMinutes\n    signInOpen\n    minutesText\n    agenda {\n      id\n      kind\n      title\n      refId\n      description\n      decision {\n        agendaItemId\n        outcome\n        outcomeLabel\n        note\n      }\n    }\n    invitations {\n      personId\n      name\n      unitId\n      unitName\n      response\n      leaveReason\n      signedInAt\n    }\n    attendance {\n      unitId\n      unitName\n      invited\n      signedIn\n      onLeave\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...MeetingSummaryFields\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RescheduleMeetingDocument,
    "\n  mutation CancelMeeting($input: MeetingActionInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.DraftMinutesDocument,
    "\n  mutation ApproveMinutes($input: MeetingActionInput!) {\n    approveMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.ApproveMinutesDocument,
    "\n  mutation PublishMinutes($input: MeetingActionInput!) {\n    publishMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.PublishMinutesDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.CreateActionItemDocument,
    "\n  query CycleFigures($committeeId: ID!) {\n    cycleFigures(committeeId: $committeeId) {\n      committeeId\n      cycleNumber\n      meetingId\n      asOf\n      itemsDue\n      itemsClosed\n      closureRate\n      overdueCount\n      units {\n        unitId\n        unitName\n        claims\n        confirmedClaims\n        invited\n        attended\n        itemsDue\n        itemsClosed\n        overdue\n      }\n    }\n  }\n": typeof types.CycleFiguresDocument,
    "\n  query UnitScorecard($unitId: ID!) {\n    unitScorecard(unitId: $unitId) {\n      unitId\n      unitName\n      cycles\n      claims\n      confirmedClaims\n      invited\n      attended\n      attendanceRate\n      itemsDue\n      itemsClosed\n      closureRate\n      overdue\n    }\n  }\n": typeof types.UnitScorecardDocument,
    "\n  query MyPerson {\n    me {\n      id\n      personId\n    }\n  }\n": typeof types.MyPersonDocument,
    "\n  query HomePendingNeedClaims($organisationId: ID!) {\n    needs(organisationId: $organisationId, status: CLAIM_PENDING) {\n      id\n      title\n      deadline\n      canManage\n      activeClaim {\n        id\n        unitName\n        status\n      }\n    }\n    projects(organisationId: $organisationId) {\n      id\n      title\n      canManage\n      claims {\n        id\n        unitName\n        status\n      }\n    }\n  }\n": typeof types.HomePendingNeedClaimsDocument,
    "\n  query HomePendingResourceClaims($unitId: ID!) {\n    resources(unitId: $unitId) {\n      id\n      title\n      capacityUnit\n      availableUntil\n      canManage\n      claims {\n        id\n        organisationName\n        quantity\n        status\n      }\n    }\n  }\n": typeof types.HomePendingResourceClaimsDocument,
    "\n  query HomeSupervision($organisationId: ID!) {\n    supervisionBoard(organisationId: $organisationId) {\n      id\n      title\n      ownerName\n      dueDate\n      status\n      overdue\n      escalated\n    }\n  }\n": typeof types.HomeSupervisionDocument,
    "\n  query HomeMeetings($organisationId: ID!) {\n    meetingsOfOrganisation(organisationId: $organisationId) {\n      id\n      title\n      startsAt\n      place\n      phase\n      isInvited\n      committeeName\n    }\n  }\n": typeof types.HomeMeetingsDocument,
    "\n  mutation WidenWish($input: WidenWishInput!) {\n    widenWish(input: $input) {\n      id\n      version\n      widenedToStreet\n    }\n  }\n": typeof types.WidenWishDocument,
    "\n  fragment WishCardFields on Wish {\n    id\n    version\n    status\n    statusText\n    category\n    categoryLabel\n    title\n    description\n    estimatedValue\n    communityId\n    communityName\n    widenedToStreet\n    gridName\n    buildingName\n    submittedAt\n    publishedAt\n    waitingDays\n    claimant {\n      id\n      displayName\n    }\n    claimedAt\n    dueAt\n    fulfilledAt\n    rating\n    viewerCanClaim\n  }\n": typeof types.WishCardFieldsFragmentDoc,
    "\n  query Wishes($communityId: ID!, $status: WishStatus, $includeStreetWide: Boolean) {\n    wishes(communityId: $communityId, status: $status, includeStreetWide: $includeStreetWide) {\n      ...WishCardFields\n    }\n  }\n": typeof types.WishesDocument,
    "\n  query WishStreet($id: ID!) {\n    organisation(id: $id) {\n      id\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WishStreetDocument,
    "\n  query WishesForMe {\n    wishesForMe {\n      score\n      reason\n      reasons\n      wish {\n        ...WishCardFields\n      }\n    }\n  }\n": typeof types.WishesForMeDocument,
    "\n  query MyClaims {\n    myClaims {\n      ...WishCardFields\n      fulfilNote\n    }\n  }\n": typeof types.MyClaimsDocument,
    "\n  query Wish($id: ID!) {\n    wish(id: $id) {\n      ...WishCardFields\n      streetId\n      resident {\n        name\n        phone\n        address\n        masked\n      }\n      submittedBy {\n        id\n        displayName\n      }\n      fulfilNote\n      photos {\n        id\n        contentType\n        sizeBytes\n        url\n      }\n      thanks\n      confirmedAt\n      closingReason\n      history {\n        version\n        event\n        action\n        by {\n          id\n          displayName\n        }\n        at\n        detail\n      }\n    }\n  }\n": typeof types.WishDocument,
    "\n  query WishSettings($communityId: ID!) {\n    wishSettings(communityId: $communityId) {\n      communityId\n      fulfilWithinDays\n      openClaimLimit\n      version\n    }\n  }\n": typeof types.WishSettingsDocument,
    "\n  mutation SubmitWish($input: SubmitWishInput!) {\n    submitWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SubmitWishDocument,
    "\n  mutation ReviewWish($input: ReviewWishInput!) {\n    reviewWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ReviewWishDocument,
    "\n  mutation PublishWish($input: PublishWishInput!) {\n    publishWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.PublishWishDocument,
    "\n  mutation ClaimWish($input: ClaimWishInput!) {\n    claimWish(input: $input) {\n      id\n      version\n      status\n      dueAt\n    }\n  }\n": typeof types.ClaimWishDocument,
    "\n  mutation ReleaseWish($input: ReleaseWishInput!) {\n    releaseWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.ReleaseWishDocument,
    "\n  mutation FulfilWish($input: FulfilWishInput!) {\n    fulfilWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.FulfilWishDocument,
    "\n  mutation ConfirmWish($input: ConfirmWishInput!) {\n    confirmWish(input: $input) {\n      id\n      version\n      status\n      rating\n    }\n  }\n": typeof types.ConfirmWishDocument,
    "\n  mutation DisputeWish($input: DisputeWishInput!) {\n    disputeWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DisputeWishDocument,
    "\n  mutation CancelWish($input: CancelWishInput!) {\n    cancelWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CancelWishDocument,
    "\n  mutation PushWish($input: PushWishInput!) {\n    pushWish(input: $input) {\n      person {\n        id\n        displayName\n      }\n      score\n      reason\n    }\n  }\n": typeof types.PushWishDocument,
    "\n  mutation SetWishSettings($input: SetWishSettingsInput!) {\n    setWishSettings(input: $input) {\n      communityId\n      fulfilWithinDays\n      openClaimLimit\n      version\n    }\n  }\n": typeof types.SetWishSettingsDocument,
    "\n  query WishPlaces($communityId: ID!) {\n    organisations(parentId: $communityId, kind: GRID) {\n      id\n      name\n      children {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.WishPlacesDocument,
    "\n  fragment NeedFields on Need {\n    id\n    version\n    organisationId\n    organisationName\n    title\n    category\n    categoryLabel\n    description\n    place\n    urgency\n    urgencyLabel\n    whatIsNeeded\n    quantityNeeded\n    deadline\n    status\n    postedAt\n    updatedAt\n    canManage\n    activeClaim {\n      id\n      unitId\n      unitName\n      status\n      claimedAt\n    }\n    claims {\n      id\n      unitId\n      unitName\n      status\n      claimedAt\n    }\n  }\n": typeof types.NeedFieldsFragmentDoc,
    "\n  query Needs($organisationId: ID!, $status: NeedStatus) {\n    needs(organisationId: $organisationId, status: $status) {\n      ...NeedFields\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n    projects(needId: $id) {\n      id\n      title\n      status\n      percent\n    }\n  }\n": typeof types.NeedDocument,
    "\n  query MatchSuggestions($needId: ID!) {\n    matchSuggestions(needId: $needId) {\n      resourceId\n      unitId\n      score\n      reason\n      resource {\n        id\n        title\n        kind\n        kindLabel\n        unitName\n        capacity\n        capacityUnit\n        remaining\n        taken\n        place\n        availableUntil\n      }\n    }\n  }\n": typeof types.MatchSuggestionsDocument,
    "\n  mutation PostNeed($input: PostNeedInput!) {\n    postNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.PostNeedDocument,
    "\n  mutation EditNeed($input: EditNeedInput!) {\n    editNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.EditNeedDocument,
    "\n  mutation ClaimNeed($input: ClaimNeedInput!) {\n    claimNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.ClaimNeedDocument,
    "\n  mutation ConfirmNeedClaim($input: NeedClaimInput!) {\n    confirmNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.ConfirmNeedClaimDocument,
    "\n  mutation DeclineNeedClaim($input: NeedClaimInput!) {\n    declineNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.DeclineNeedClaimDocument,
    "\n  mutation WithdrawNeedClaim($input: NeedClaimInput!) {\n    withdrawNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.WithdrawNeedClaimDocument,
    "\n  mutation CloseNeed($input: NeedActionInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.CloseNeedDocument,
    "\n  mutation WithdrawNeed($input: NeedActionInput!) {\n    withdrawNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": typeof types.WithdrawNeedDocument,
    "\n  mutation DraftProjectFromMatch($input: DraftProjectInput!) {\n    draftProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.DraftProjectFromMatchDocument,
    "\n  fragment OrgNodeFields on Organisation {\n    id\n    kind\n    kindLabel\n    name\n    parentId\n    archived\n    version\n    createdAt\n    unit {\n      kind\n      kindLabel\n      partyOrganisationName\n      contactName\n      contactPhone\n      masked\n    }\n  }\n": typeof types.OrgNodeFieldsFragmentDoc,
    "\n  query OrgRoot($id: ID!) {\n    organisation(id: $id) {\n      ...OrgNodeFields\n    }\n  }\n": typeof types.OrgRootDocument,
    "\n  query OrgChildren($parentId: ID, $includeArchived: Boolean) {\n    organisations(parentId: $parentId, includeArchived: $includeArchived) {\n      ...OrgNodeFields\n    }\n  }\n": typeof types.OrgChildrenDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation RenameOrganisation($input: RenameOrganisationInput!) {\n    renameOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": typeof types.RenameOrganisationDocument,
    "\n  mutation MoveOrganisation($input: MoveOrganisationInput!) {\n    moveOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": typeof types.MoveOrganisationDocument,
    "\n  mutation ArchiveOrganisation($input: ArchiveOrganisationInput!) {\n    archiveOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": typeof types.ArchiveOrganisationDocument,
    "\n  mutation UpdateUnitDetails($input: UpdateUnitDetailsInput!) {\n    updateUnitDetails(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": typeof types.UpdateUnitDetailsDocument,
    "\n  query MyPoints($year: Int) {\n    myPoints(year: $year) {\n      year\n      points\n      stars\n      grade\n      gradeLabel\n      entries {\n        date\n        source\n        sourceId\n        points\n        reason\n      }\n      years {\n        year\n        points\n        stars\n        grade\n        gradeLabel\n      }\n    }\n  }\n": typeof types.MyPointsDocument,
    "\n  query PointsLeaderboard($organisationId: ID!, $year: Int!, $owners: PointsOwnerKind, $take: Int) {\n    pointsLeaderboard(organisationId: $organisationId, year: $year, owners: $owners, take: $take) {\n      rank\n      ownerId\n      ownerKind\n      name\n      points\n      stars\n      grade\n      gradeLabel\n    }\n  }\n": typeof types.PointsLeaderboardDocument,
    "\n  query PointsScope($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PointsScopeDocument,
    "\n  mutation RecomputePoints($input: RecomputePointsInput!) {\n    recomputePoints(input: $input)\n  }\n": typeof types.RecomputePointsDocument,
    "\n  query PointsRecomputations {\n    pointsRecomputations(first: 5) {\n      id\n      requestedAt\n      requestedBy {\n        id\n        displayName\n      }\n      reason\n    }\n  }\n": typeof types.PointsRecomputationsDocument,
    "\n  query PrivacyViews($subjectPersonId: ID, $viewerPersonId: ID, $since: DateTime, $first: Int, $offset: Int) {\n    privacyViews(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since, first: $first, offset: $offset) {\n      id\n      viewerPersonId\n      viewer {\n        personId\n        accountId\n        username\n        maskedName\n      }\n      subjectPersonId\n      subject {\n        personId\n        accountId\n        username\n        maskedName\n      }\n      subjectUnit {\n        id\n        name\n      }\n      fields\n      reason\n      context\n      viewedAt\n      viewCount\n      lastViewedAt\n    }\n    privacyViewCount(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since)\n  }\n": typeof types.PrivacyViewsDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    version\n    organisationId\n    organisationName\n    title\n    description\n    needId\n    resourceIds\n    ownerUnitIds\n    status\n    meetingId\n    agendaItemId\n    percent\n    draftedAt\n    updatedAt\n    canManage\n    claims {\n      id\n      unitId\n      unitName\n      status\n    }\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  query Projects($organisationId: ID!) {\n    projects(organisationId: $organisationId) {\n      ...ProjectFields\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  mutation DraftProject($input: DraftProjectInput!) {\n    draftProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.DraftProjectDocument,
    "\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.ProposeProjectDocument,
    "\n  mutation ClaimProject($input: ClaimProjectInput!) {\n    claimProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.ClaimProjectDocument,
    "\n  mutation ConfirmProjectClaim($input: ProjectClaimInput!) {\n    confirmProjectClaim(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.ConfirmProjectClaimDocument,
    "\n  mutation DeclineProjectClaim($input: ProjectClaimInput!) {\n    declineProjectClaim(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.DeclineProjectClaimDocument,
    "\n  mutation UpdateProjectProgress($input: ProjectProgressInput!) {\n    updateProjectProgress(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.UpdateProjectProgressDocument,
    "\n  mutation CompleteProject($input: CompleteProjectInput!) {\n    completeProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.CompleteProjectDocument,
    "\n  mutation EditProject($input: EditProjectInput!) {\n    editProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": typeof types.EditProjectDocument,
    "\n  fragment MemberReportFields on MemberReport {\n    id\n    personId\n    status\n    reason\n    requestedAt\n    decidedAt\n    version\n    communityId\n    community {\n      id\n      name\n    }\n    unitId\n    unit {\n      id\n      name\n    }\n    gridId\n    grid {\n      id\n      name\n    }\n    buildingId\n    building {\n      id\n      name\n    }\n    profile {\n      skills\n      skillLabels\n      preferredCategories\n      availability {\n        day\n        part\n      }\n    }\n  }\n": typeof types.MemberReportFieldsFragmentDoc,
    "\n  query MyMemberReports {\n    myMemberReports {\n      ...MemberReportFields\n    }\n  }\n": typeof types.MyMemberReportsDocument,
    "\n  query ReportPlaces {\n    organisations {\n      id\n      name\n      kind\n      children {\n        id\n        name\n        kind\n        children {\n          id\n          name\n          kind\n          children {\n            id\n            name\n            kind\n            children {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportPlacesDocument,
    "\n  query MemberReportsTo($organisationId: ID!, $status: ReportStatus) {\n    memberReports(organisationId: $organisationId, status: $status) {\n      ...MemberReportFields\n      member {\n        id\n        displayName\n        phone\n        masked\n      }\n    }\n  }\n": typeof types.MemberReportsToDocument,
    "\n  fragment UnitReportFields on UnitReport {\n    id\n    status\n    reason\n    note\n    requestedAt\n    decidedAt\n    version\n    unitId\n    unit {\n      id\n      name\n      unit {\n        kindLabel\n        partyOrganisationName\n        contactName\n        contactPhone\n      }\n    }\n    targetId\n    target {\n      id\n      name\n      kindLabel\n    }\n  }\n": typeof types.UnitReportFieldsFragmentDoc,
    "\n  query UnitReportsTo($organisationId: ID!, $status: ReportStatus) {\n    unitReports(organisationId: $organisationId, status: $status) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.UnitReportsToDocument,
    "\n  query UnitReportsOf($unitId: ID!) {\n    unitReportsOf(unitId: $unitId) {\n      ...UnitReportFields\n    }\n    organisation(id: $unitId) {\n      id\n      name\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n  }\n": typeof types.UnitReportsOfDocument,
    "\n  mutation RequestMemberReport($input: RequestMemberReportInput!) {\n    requestMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": typeof types.RequestMemberReportDocument,
    "\n  mutation WithdrawMemberReport($input: ReportActionInput!) {\n    withdrawMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": typeof types.WithdrawMemberReportDocument,
    "\n  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {\n    updateServiceProfile(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": typeof types.UpdateServiceProfileDocument,
    "\n  mutation ApproveMemberReport($input: ReportActionInput!) {\n    approveMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": typeof types.ApproveMemberReportDocument,
    "\n  mutation RejectMemberReport($input: RejectReportInput!) {\n    rejectMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": typeof types.RejectMemberReportDocument,
    "\n  mutation RequestUnitReport($input: RequestUnitReportInput!) {\n    requestUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.RequestUnitReportDocument,
    "\n  mutation WithdrawUnitReport($input: ReportActionInput!) {\n    withdrawUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.WithdrawUnitReportDocument,
    "\n  mutation ApproveUnitReport($input: ReportActionInput!) {\n    approveUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.ApproveUnitReportDocument,
    "\n  mutation RejectUnitReport($input: RejectReportInput!) {\n    rejectUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n": typeof types.RejectUnitReportDocument,
    "\n  mutation ChangeResidence($input: ChangeResidenceInput!) {\n    changeResidence(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": typeof types.ChangeResidenceDocument,
    "\n  query ReportPeople($organisationId: ID!, $search: String) {\n    accounts(organisationId: $organisationId, search: $search, first: 20) {\n      id\n      personId\n      username\n      displayName\n      phone\n      masked\n      homeOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReportPeopleDocument,
    "\n  query PersonReports($personId: ID!) {\n    memberReportsOf(personId: $personId) {\n      id\n      status\n      community {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonReportsDocument,
    "\n  query UnitServiceReports($unitId: ID!, $year: Int!, $quarter: Int!) {\n    unitServiceReports(unitId: $unitId, year: $year, quarter: $quarter) {\n      member {\n        id\n        displayName\n      }\n      year\n      quarter\n      wishesFulfilled\n      volunteerHours\n      actionItemsDone\n      points\n      starsEarned\n      starsYearToDate\n      gradeYearToDate\n    }\n  }\n": typeof types.UnitServiceReportsDocument,
    "\n  mutation SendUnitServiceReports($input: SendUnitServiceReportsInput!) {\n    sendUnitServiceReports(input: $input)\n  }\n": typeof types.SendUnitServiceReportsDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    version\n    unitId\n    unitName\n    organisationId\n    kind\n    kindLabel\n    title\n    description\n    capacity\n    capacityUnit\n    taken\n    remaining\n    availableFrom\n    availableUntil\n    place\n    withdrawn\n    offeredAt\n    updatedAt\n    canManage\n    claims {\n      id\n      organisationId\n      organisationName\n      quantity\n      purpose\n      status\n    }\n  }\n": typeof types.ResourceFieldsFragmentDoc,
    "\n  query Resources($organisationId: ID, $unitId: ID, $available: Boolean) {\n    resources(organisationId: $organisationId, unitId: $unitId, available: $available) {\n      ...ResourceFields\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  mutation OfferResource($input: OfferResourceInput!) {\n    offerResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.OfferResourceDocument,
    "\n  mutation WithdrawResource($input: WithdrawResourceInput!) {\n    withdrawResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.WithdrawResourceDocument,
    "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.ClaimResourceDocument,
    "\n  mutation ConfirmResourceClaim($input: ResourceClaimInput!) {\n    confirmResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.ConfirmResourceClaimDocument,
    "\n  mutation DeclineResourceClaim($input: ResourceClaimInput!) {\n    declineResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.DeclineResourceClaimDocument,
    "\n  mutation CancelResourceClaim($input: ResourceClaimInput!) {\n    cancelResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.CancelResourceClaimDocument,
    "\n  mutation RecordResourceUse($input: ResourceClaimInput!) {\n    recordResourceUse(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.RecordResourceUseDocument,
    "\n  mutation EditResource($input: EditResourceInput!) {\n    editResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": typeof types.EditResourceDocument,
    "\n  fragment ScheduledJobFields on ScheduledJob {\n    key\n    description\n    nextFireTime\n    lastFiredAt\n    lastResult\n    lastSucceededAt\n    lastFailedAt\n    lastFailureMessage\n    consecutiveFailures\n    runCount\n    failureCount\n    triggers {\n      key\n      state\n      nextFireTime\n      previousFireTime\n      retryPolicy\n      retryAttempt\n    }\n  }\n": typeof types.ScheduledJobFieldsFragmentDoc,
    "\n  query ScheduledJobs {\n    scheduledJobs {\n      ...ScheduledJobFields\n    }\n  }\n": typeof types.ScheduledJobsDocument,
    "\n  mutation RunJobNow($input: RunJobNowInput!) {\n    runJobNow(input: $input) {\n      ...ScheduledJobFields\n    }\n  }\n": typeof types.RunJobNowDocument,
    "\n  fragment PostFields on VolunteerPost {\n    id\n    version\n    title\n    place\n    category\n    categoryLabel\n    description\n    communityId\n    widenedToStreet\n    startsAt\n    endsAt\n    slots\n    slotsTaken\n    slotsLeft\n    status\n    closedReason\n    viewerCanClaim\n    mySlot {\n      claimedAt\n      checkedInAt\n      checkedOutAt\n      hours\n      noShow\n    }\n    holders {\n      member {\n        id\n        displayName\n      }\n      claimedAt\n      checkedInAt\n      checkedOutAt\n      hours\n      noShow\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query VolunteerPosts($communityId: ID!) {\n    volunteerPosts(communityId: $communityId) {\n      ...PostFields\n    }\n  }\n": typeof types.VolunteerPostsDocument,
    "\n  mutation PublishVolunteerPost($input: PublishVolunteerPostInput!) {\n    publishVolunteerPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.PublishVolunteerPostDocument,
    "\n  mutation ClaimVolunteerSlot($input: VolunteerPostInput!) {\n    claimVolunteerSlot(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.ClaimVolunteerSlotDocument,
    "\n  mutation CancelVolunteerSlot($input: VolunteerPostInput!) {\n    cancelVolunteerSlot(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CancelVolunteerSlotDocument,
    "\n  mutation CheckInVolunteer($input: VolunteerPostInput!) {\n    checkInVolunteer(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CheckInVolunteerDocument,
    "\n  mutation CheckOutVolunteer($input: VolunteerPostInput!) {\n    checkOutVolunteer(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CheckOutVolunteerDocument,
    "\n  mutation MarkVolunteerNoShow($input: MarkVolunteerNoShowInput!) {\n    markVolunteerNoShow(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.MarkVolunteerNoShowDocument,
    "\n  mutation CloseVolunteerPost($input: CloseVolunteerPostInput!) {\n    closeVolunteerPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CloseVolunteerPostDocument,
    "\n  query VolunteerPost($id: ID!) {\n    volunteerPost(id: $id) {\n      ...PostFields\n    }\n  }\n": typeof types.VolunteerPostDocument,
};
const documents: Documents = {
    "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    personId\n    displayName\n    phone\n    email\n    address\n    masked\n    homeOrganisationId\n    homeOrganisation {\n      id\n      name\n      kindLabel\n    }\n    roles {\n      role\n      scopeId\n      scopeName\n    }\n    mustChangePassword\n    passwordSet\n    lockedUntil\n    version\n  }\n": types.AdminAccountFieldsFragmentDoc,
    "\n  query AdminAccounts($organisationId: ID!, $search: String, $first: Int, $offset: Int) {\n    accounts(organisationId: $organisationId, search: $search, first: $first, offset: $offset) {\n      ...AdminAccountFields\n    }\n    accountCount(organisationId: $organisationId, search: $search)\n  }\n": types.AdminAccountsDocument,
    "\n  query AdminAccount($id: ID!) {\n    account(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": types.AdminAccountDocument,
    "\n  query AccountReportHistory($personId: ID!) {\n    memberReportsOf(personId: $personId) {\n      id\n      status\n      reason\n      requestedAt\n      decidedAt\n      community {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      grid {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n    }\n  }\n": types.AccountReportHistoryDocument,
    "\n  query OrgLevel($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      kindLabel\n      parentId\n      children {\n        id\n        name\n        kind\n        kindLabel\n      }\n    }\n  }\n": types.OrgLevelDocument,
    "\n  mutation RegisterAccount($input: RegisterAccountInput!) {\n    registerAccount(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": types.RegisterAccountDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation GrantRole($input: RoleInput!) {\n    grantRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($input: RoleInput!) {\n    revokeRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation UnlockAccount($input: UnlockAccountInput!) {\n    unlockAccount(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": types.UnlockAccountDocument,
    "\n  query Me {\n    me {\n      id\n      personId\n      username\n      displayName\n      mustChangePassword\n      roles {\n        role\n        scopeId\n        scopeName\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query SupervisionBoard($organisationId: ID!) {\n    supervisionBoard(organisationId: $organisationId) {\n      ...ActionItemFields\n    }\n  }\n": types.SupervisionBoardDocument,
    "\n  mutation UpdateActionItemProgress($input: ActionItemProgressInput!) {\n    updateActionItemProgress(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.UpdateActionItemProgressDocument,
    "\n  mutation CompleteActionItem($input: ActionItemActionInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation DropActionItem($input: ActionItemActionInput!) {\n    dropActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.DropActionItemDocument,
    "\n  mutation ReviewActionItem($input: ReviewActionItemInput!) {\n    reviewActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.ReviewActionItemDocument,
    "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ActionItemFields\n      ownerKind\n      remindOn\n      createdAt\n      history {\n        version\n        event\n        action\n        byName\n        at\n        percent\n        detail\n      }\n    }\n  }\n": types.ActionItemDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    version\n    organisationId\n    organisationName\n    unitId\n    unitName\n    title\n    scope\n    startsOn\n    endsOn\n    projectIds\n    signedBy\n    status\n    inForce\n    mySide\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  query Agreements($unitId: ID, $organisationId: ID) {\n    agreements(unitId: $unitId, organisationId: $organisationId) {\n      ...AgreementFields\n    }\n  }\n": types.AgreementsDocument,
    "\n  query UnitChoices($parentId: ID!) {\n    organisations(parentId: $parentId, kind: RESIDENT_UNIT) {\n      id\n      name\n    }\n  }\n": types.UnitChoicesDocument,
    "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.DraftAgreementDocument,
    "\n  mutation SignAgreement($input: AgreementActionInput!) {\n    signAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.SignAgreementDocument,
    "\n  mutation TerminateAgreement($input: AgreementActionInput!) {\n    terminateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.TerminateAgreementDocument,
    "\n  mutation EditAgreement($input: EditAgreementInput!) {\n    editAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.EditAgreementDocument,
    "\n  fragment CommitteeFields on Committee {\n    id\n    name\n    level\n    version\n    organisationId\n    organisation {\n      id\n      name\n      kind\n      kindLabel\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n    convenerPersonId\n    cadence {\n      kind\n      interval\n      dayOfMonth\n      monthOfQuarter\n    }\n    skippedDates\n    members {\n      personId\n      name\n      email\n      partTime\n      fromOrganisationId\n      fromOrganisation {\n        id\n        name\n      }\n      termStart\n      termEnd\n    }\n  }\n": types.CommitteeFieldsFragmentDoc,
    "\n  query Committees($organisationId: ID, $includeDescendants: Boolean) {\n    committees(organisationId: $organisationId, includeDescendants: $includeDescendants) {\n      ...CommitteeFields\n    }\n  }\n": types.CommitteesDocument,
    "\n  query Committee($id: ID!) {\n    committee(id: $id) {\n      ...CommitteeFields\n    }\n  }\n": types.CommitteeDocument,
    "\n  query CoBuildingUnits($organisationId: ID!) {\n    coBuildingUnits(organisationId: $organisationId, includeDescendants: true) {\n      id\n      name\n      unit {\n        kindLabel\n        contactName\n      }\n    }\n  }\n": types.CoBuildingUnitsDocument,
    "\n  mutation AppointPartTimeMember($input: AppointPartTimeMemberInput!) {\n    appointPartTimeMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.AppointPartTimeMemberDocument,
    "\n  mutation EndPartTimeTerm($input: EndPartTimeTermInput!) {\n    endPartTimeTerm(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.EndPartTimeTermDocument,
    "\n  mutation SetCadence($input: SetCadenceInput!) {\n    setCadence(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.SetCadenceDocument,
    "\n  mutation CreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.CreateCommitteeDocument,
    "\n  mutation RenameCommittee($input: RenameCommitteeInput!) {\n    renameCommittee(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.RenameCommitteeDocument,
    "\n  mutation ChangeConvener($input: CommitteePersonInput!) {\n    changeConvener(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.ChangeConvenerDocument,
    "\n  mutation AddStandingMember($input: AddStandingMemberInput!) {\n    addStandingMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.AddStandingMemberDocument,
    "\n  mutation RemoveStandingMember($input: CommitteePersonInput!) {\n    removeStandingMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.RemoveStandingMemberDocument,
    "\n  mutation ChangeMemberEmail($input: ChangeMemberEmailInput!) {\n    changeMemberEmail(input: $input) {\n      ...CommitteeFields\n    }\n  }\n": types.ChangeMemberEmailDocument,
    "\n  query PeopleSearch($organisationId: ID!, $search: String, $first: Int) {\n    accounts(organisationId: $organisationId, search: $search, first: $first) {\n      id\n      personId\n      displayName\n      email\n      homeOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  query CommitteeOrgOptions($parentId: ID!, $kind: OrganisationKind) {\n    organisations(parentId: $parentId, kind: $kind) {\n      id\n      name\n      kind\n      kindLabel\n    }\n  }\n": types.CommitteeOrgOptionsDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    total\n    valid\n    processed\n    failed\n    errorCount\n    createdAt\n    finishedAt\n    tookMs\n    message\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  query ImportJob($id: ID!, $first: Int!, $offset: Int!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      errors(first: $first, offset: $offset) {\n        row\n        column\n        reason\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  mutation ImportMembers($input: ImportInput!) {\n    importMembers(input: $input) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportMembersDocument,
    "\n  mutation ImportUnits($input: ImportInput!) {\n    importUnits(input: $input) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportUnitsDocument,
    "\n  mutation ImportOrganisations($input: ImportInput!) {\n    importOrganisations(input: $input) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportOrganisationsDocument,
    "\n  query CycleScope($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n  }\n": types.CycleScopeDocument,
    "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    version\n    committeeId\n    committeeName\n    organisationId\n    cycleNumber\n    title\n    startsAt\n    endsAt\n    place\n    phase\n    minutesStatus\n    signedInCount\n    isInvited\n    canManage\n  }\n": types.MeetingSummaryFieldsFragmentDoc,
    "\n  query MeetingsOfOrganisation($organisationId: ID!) {\n    meetingsOfOrganisation(organisationId: $organisationId) {\n      ...MeetingSummaryFields\n    }\n  }\n": types.MeetingsOfOrganisationDocument,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    version\n    meetingId\n    agendaItemId\n    committeeId\n    title\n    ownerKind\n    ownerId\n    ownerName\n    dueDate\n    status\n    percent\n    completedLate\n    reminderSent\n    escalated\n    overdue\n    carriedOverTo\n    review\n    createdAt\n    updatedAt\n    canWorkOn\n    canSupervise\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    ...MeetingSummaryFields\n    sequence\n    cancelReason\n    convenerPersonId\n    canApproveMinutes\n    signInOpen\n    minutesText\n    agenda {\n      id\n      kind\n      title\n      refId\n      description\n      decision {\n        agendaItemId\n        outcome\n        outcomeLabel\n        note\n      }\n    }\n    invitations {\n      personId\n      name\n      unitId\n      unitName\n      response\n      leaveReason\n      signedInAt\n    }\n    attendance {\n      unitId\n      unitName\n      invited\n      signedIn\n      onLeave\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...MeetingSummaryFields\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.RescheduleMeetingDocument,
    "\n  mutation CancelMeeting($input: MeetingActionInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.DraftMinutesDocument,
    "\n  mutation ApproveMinutes($input: MeetingActionInput!) {\n    approveMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.ApproveMinutesDocument,
    "\n  mutation PublishMinutes($input: MeetingActionInput!) {\n    publishMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.PublishMinutesDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.CreateActionItemDocument,
    "\n  query CycleFigures($committeeId: ID!) {\n    cycleFigures(committeeId: $committeeId) {\n      committeeId\n      cycleNumber\n      meetingId\n      asOf\n      itemsDue\n      itemsClosed\n      closureRate\n      overdueCount\n      units {\n        unitId\n        unitName\n        claims\n        confirmedClaims\n        invited\n        attended\n        itemsDue\n        itemsClosed\n        overdue\n      }\n    }\n  }\n": types.CycleFiguresDocument,
    "\n  query UnitScorecard($unitId: ID!) {\n    unitScorecard(unitId: $unitId) {\n      unitId\n      unitName\n      cycles\n      claims\n      confirmedClaims\n      invited\n      attended\n      attendanceRate\n      itemsDue\n      itemsClosed\n      closureRate\n      overdue\n    }\n  }\n": types.UnitScorecardDocument,
    "\n  query MyPerson {\n    me {\n      id\n      personId\n    }\n  }\n": types.MyPersonDocument,
    "\n  query HomePendingNeedClaims($organisationId: ID!) {\n    needs(organisationId: $organisationId, status: CLAIM_PENDING) {\n      id\n      title\n      deadline\n      canManage\n      activeClaim {\n        id\n        unitName\n        status\n      }\n    }\n    projects(organisationId: $organisationId) {\n      id\n      title\n      canManage\n      claims {\n        id\n        unitName\n        status\n      }\n    }\n  }\n": types.HomePendingNeedClaimsDocument,
    "\n  query HomePendingResourceClaims($unitId: ID!) {\n    resources(unitId: $unitId) {\n      id\n      title\n      capacityUnit\n      availableUntil\n      canManage\n      claims {\n        id\n        organisationName\n        quantity\n        status\n      }\n    }\n  }\n": types.HomePendingResourceClaimsDocument,
    "\n  query HomeSupervision($organisationId: ID!) {\n    supervisionBoard(organisationId: $organisationId) {\n      id\n      title\n      ownerName\n      dueDate\n      status\n      overdue\n      escalated\n    }\n  }\n": types.HomeSupervisionDocument,
    "\n  query HomeMeetings($organisationId: ID!) {\n    meetingsOfOrganisation(organisationId: $organisationId) {\n      id\n      title\n      startsAt\n      place\n      phase\n      isInvited\n      committeeName\n    }\n  }\n": types.HomeMeetingsDocument,
    "\n  mutation WidenWish($input: WidenWishInput!) {\n    widenWish(input: $input) {\n      id\n      version\n      widenedToStreet\n    }\n  }\n": types.WidenWishDocument,
    "\n  fragment WishCardFields on Wish {\n    id\n    version\n    status\n    statusText\n    category\n    categoryLabel\n    title\n    description\n    estimatedValue\n    communityId\n    communityName\n    widenedToStreet\n    gridName\n    buildingName\n    submittedAt\n    publishedAt\n    waitingDays\n    claimant {\n      id\n      displayName\n    }\n    claimedAt\n    dueAt\n    fulfilledAt\n    rating\n    viewerCanClaim\n  }\n": types.WishCardFieldsFragmentDoc,
    "\n  query Wishes($communityId: ID!, $status: WishStatus, $includeStreetWide: Boolean) {\n    wishes(communityId: $communityId, status: $status, includeStreetWide: $includeStreetWide) {\n      ...WishCardFields\n    }\n  }\n": types.WishesDocument,
    "\n  query WishStreet($id: ID!) {\n    organisation(id: $id) {\n      id\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.WishStreetDocument,
    "\n  query WishesForMe {\n    wishesForMe {\n      score\n      reason\n      reasons\n      wish {\n        ...WishCardFields\n      }\n    }\n  }\n": types.WishesForMeDocument,
    "\n  query MyClaims {\n    myClaims {\n      ...WishCardFields\n      fulfilNote\n    }\n  }\n": types.MyClaimsDocument,
    "\n  query Wish($id: ID!) {\n    wish(id: $id) {\n      ...WishCardFields\n      streetId\n      resident {\n        name\n        phone\n        address\n        masked\n      }\n      submittedBy {\n        id\n        displayName\n      }\n      fulfilNote\n      photos {\n        id\n        contentType\n        sizeBytes\n        url\n      }\n      thanks\n      confirmedAt\n      closingReason\n      history {\n        version\n        event\n        action\n        by {\n          id\n          displayName\n        }\n        at\n        detail\n      }\n    }\n  }\n": types.WishDocument,
    "\n  query WishSettings($communityId: ID!) {\n    wishSettings(communityId: $communityId) {\n      communityId\n      fulfilWithinDays\n      openClaimLimit\n      version\n    }\n  }\n": types.WishSettingsDocument,
    "\n  mutation SubmitWish($input: SubmitWishInput!) {\n    submitWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.SubmitWishDocument,
    "\n  mutation ReviewWish($input: ReviewWishInput!) {\n    reviewWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ReviewWishDocument,
    "\n  mutation PublishWish($input: PublishWishInput!) {\n    publishWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.PublishWishDocument,
    "\n  mutation ClaimWish($input: ClaimWishInput!) {\n    claimWish(input: $input) {\n      id\n      version\n      status\n      dueAt\n    }\n  }\n": types.ClaimWishDocument,
    "\n  mutation ReleaseWish($input: ReleaseWishInput!) {\n    releaseWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.ReleaseWishDocument,
    "\n  mutation FulfilWish($input: FulfilWishInput!) {\n    fulfilWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.FulfilWishDocument,
    "\n  mutation ConfirmWish($input: ConfirmWishInput!) {\n    confirmWish(input: $input) {\n      id\n      version\n      status\n      rating\n    }\n  }\n": types.ConfirmWishDocument,
    "\n  mutation DisputeWish($input: DisputeWishInput!) {\n    disputeWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DisputeWishDocument,
    "\n  mutation CancelWish($input: CancelWishInput!) {\n    cancelWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CancelWishDocument,
    "\n  mutation PushWish($input: PushWishInput!) {\n    pushWish(input: $input) {\n      person {\n        id\n        displayName\n      }\n      score\n      reason\n    }\n  }\n": types.PushWishDocument,
    "\n  mutation SetWishSettings($input: SetWishSettingsInput!) {\n    setWishSettings(input: $input) {\n      communityId\n      fulfilWithinDays\n      openClaimLimit\n      version\n    }\n  }\n": types.SetWishSettingsDocument,
    "\n  query WishPlaces($communityId: ID!) {\n    organisations(parentId: $communityId, kind: GRID) {\n      id\n      name\n      children {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.WishPlacesDocument,
    "\n  fragment NeedFields on Need {\n    id\n    version\n    organisationId\n    organisationName\n    title\n    category\n    categoryLabel\n    description\n    place\n    urgency\n    urgencyLabel\n    whatIsNeeded\n    quantityNeeded\n    deadline\n    status\n    postedAt\n    updatedAt\n    canManage\n    activeClaim {\n      id\n      unitId\n      unitName\n      status\n      claimedAt\n    }\n    claims {\n      id\n      unitId\n      unitName\n      status\n      claimedAt\n    }\n  }\n": types.NeedFieldsFragmentDoc,
    "\n  query Needs($organisationId: ID!, $status: NeedStatus) {\n    needs(organisationId: $organisationId, status: $status) {\n      ...NeedFields\n    }\n  }\n": types.NeedsDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n    projects(needId: $id) {\n      id\n      title\n      status\n      percent\n    }\n  }\n": types.NeedDocument,
    "\n  query MatchSuggestions($needId: ID!) {\n    matchSuggestions(needId: $needId) {\n      resourceId\n      unitId\n      score\n      reason\n      resource {\n        id\n        title\n        kind\n        kindLabel\n        unitName\n        capacity\n        capacityUnit\n        remaining\n        taken\n        place\n        availableUntil\n      }\n    }\n  }\n": types.MatchSuggestionsDocument,
    "\n  mutation PostNeed($input: PostNeedInput!) {\n    postNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.PostNeedDocument,
    "\n  mutation EditNeed($input: EditNeedInput!) {\n    editNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.EditNeedDocument,
    "\n  mutation ClaimNeed($input: ClaimNeedInput!) {\n    claimNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.ClaimNeedDocument,
    "\n  mutation ConfirmNeedClaim($input: NeedClaimInput!) {\n    confirmNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.ConfirmNeedClaimDocument,
    "\n  mutation DeclineNeedClaim($input: NeedClaimInput!) {\n    declineNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.DeclineNeedClaimDocument,
    "\n  mutation WithdrawNeedClaim($input: NeedClaimInput!) {\n    withdrawNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.WithdrawNeedClaimDocument,
    "\n  mutation CloseNeed($input: NeedActionInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.CloseNeedDocument,
    "\n  mutation WithdrawNeed($input: NeedActionInput!) {\n    withdrawNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n": types.WithdrawNeedDocument,
    "\n  mutation DraftProjectFromMatch($input: DraftProjectInput!) {\n    draftProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.DraftProjectFromMatchDocument,
    "\n  fragment OrgNodeFields on Organisation {\n    id\n    kind\n    kindLabel\n    name\n    parentId\n    archived\n    version\n    createdAt\n    unit {\n      kind\n      kindLabel\n      partyOrganisationName\n      contactName\n      contactPhone\n      masked\n    }\n  }\n": types.OrgNodeFieldsFragmentDoc,
    "\n  query OrgRoot($id: ID!) {\n    organisation(id: $id) {\n      ...OrgNodeFields\n    }\n  }\n": types.OrgRootDocument,
    "\n  query OrgChildren($parentId: ID, $includeArchived: Boolean) {\n    organisations(parentId: $parentId, includeArchived: $includeArchived) {\n      ...OrgNodeFields\n    }\n  }\n": types.OrgChildrenDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation RenameOrganisation($input: RenameOrganisationInput!) {\n    renameOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": types.RenameOrganisationDocument,
    "\n  mutation MoveOrganisation($input: MoveOrganisationInput!) {\n    moveOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": types.MoveOrganisationDocument,
    "\n  mutation ArchiveOrganisation($input: ArchiveOrganisationInput!) {\n    archiveOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": types.ArchiveOrganisationDocument,
    "\n  mutation UpdateUnitDetails($input: UpdateUnitDetailsInput!) {\n    updateUnitDetails(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n": types.UpdateUnitDetailsDocument,
    "\n  query MyPoints($year: Int) {\n    myPoints(year: $year) {\n      year\n      points\n      stars\n      grade\n      gradeLabel\n      entries {\n        date\n        source\n        sourceId\n        points\n        reason\n      }\n      years {\n        year\n        points\n        stars\n        grade\n        gradeLabel\n      }\n    }\n  }\n": types.MyPointsDocument,
    "\n  query PointsLeaderboard($organisationId: ID!, $year: Int!, $owners: PointsOwnerKind, $take: Int) {\n    pointsLeaderboard(organisationId: $organisationId, year: $year, owners: $owners, take: $take) {\n      rank\n      ownerId\n      ownerKind\n      name\n      points\n      stars\n      grade\n      gradeLabel\n    }\n  }\n": types.PointsLeaderboardDocument,
    "\n  query PointsScope($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PointsScopeDocument,
    "\n  mutation RecomputePoints($input: RecomputePointsInput!) {\n    recomputePoints(input: $input)\n  }\n": types.RecomputePointsDocument,
    "\n  query PointsRecomputations {\n    pointsRecomputations(first: 5) {\n      id\n      requestedAt\n      requestedBy {\n        id\n        displayName\n      }\n      reason\n    }\n  }\n": types.PointsRecomputationsDocument,
    "\n  query PrivacyViews($subjectPersonId: ID, $viewerPersonId: ID, $since: DateTime, $first: Int, $offset: Int) {\n    privacyViews(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since, first: $first, offset: $offset) {\n      id\n      viewerPersonId\n      viewer {\n        personId\n        accountId\n        username\n        maskedName\n      }\n      subjectPersonId\n      subject {\n        personId\n        accountId\n        username\n        maskedName\n      }\n      subjectUnit {\n        id\n        name\n      }\n      fields\n      reason\n      context\n      viewedAt\n      viewCount\n      lastViewedAt\n    }\n    privacyViewCount(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since)\n  }\n": types.PrivacyViewsDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    version\n    organisationId\n    organisationName\n    title\n    description\n    needId\n    resourceIds\n    ownerUnitIds\n    status\n    meetingId\n    agendaItemId\n    percent\n    draftedAt\n    updatedAt\n    canManage\n    claims {\n      id\n      unitId\n      unitName\n      status\n    }\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  query Projects($organisationId: ID!) {\n    projects(organisationId: $organisationId) {\n      ...ProjectFields\n    }\n  }\n": types.ProjectsDocument,
    "\n  mutation DraftProject($input: DraftProjectInput!) {\n    draftProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.DraftProjectDocument,
    "\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.ProposeProjectDocument,
    "\n  mutation ClaimProject($input: ClaimProjectInput!) {\n    claimProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.ClaimProjectDocument,
    "\n  mutation ConfirmProjectClaim($input: ProjectClaimInput!) {\n    confirmProjectClaim(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.ConfirmProjectClaimDocument,
    "\n  mutation DeclineProjectClaim($input: ProjectClaimInput!) {\n    declineProjectClaim(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.DeclineProjectClaimDocument,
    "\n  mutation UpdateProjectProgress($input: ProjectProgressInput!) {\n    updateProjectProgress(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.UpdateProjectProgressDocument,
    "\n  mutation CompleteProject($input: CompleteProjectInput!) {\n    completeProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.CompleteProjectDocument,
    "\n  mutation EditProject($input: EditProjectInput!) {\n    editProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n": types.EditProjectDocument,
    "\n  fragment MemberReportFields on MemberReport {\n    id\n    personId\n    status\n    reason\n    requestedAt\n    decidedAt\n    version\n    communityId\n    community {\n      id\n      name\n    }\n    unitId\n    unit {\n      id\n      name\n    }\n    gridId\n    grid {\n      id\n      name\n    }\n    buildingId\n    building {\n      id\n      name\n    }\n    profile {\n      skills\n      skillLabels\n      preferredCategories\n      availability {\n        day\n        part\n      }\n    }\n  }\n": types.MemberReportFieldsFragmentDoc,
    "\n  query MyMemberReports {\n    myMemberReports {\n      ...MemberReportFields\n    }\n  }\n": types.MyMemberReportsDocument,
    "\n  query ReportPlaces {\n    organisations {\n      id\n      name\n      kind\n      children {\n        id\n        name\n        kind\n        children {\n          id\n          name\n          kind\n          children {\n            id\n            name\n            kind\n            children {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReportPlacesDocument,
    "\n  query MemberReportsTo($organisationId: ID!, $status: ReportStatus) {\n    memberReports(organisationId: $organisationId, status: $status) {\n      ...MemberReportFields\n      member {\n        id\n        displayName\n        phone\n        masked\n      }\n    }\n  }\n": types.MemberReportsToDocument,
    "\n  fragment UnitReportFields on UnitReport {\n    id\n    status\n    reason\n    note\n    requestedAt\n    decidedAt\n    version\n    unitId\n    unit {\n      id\n      name\n      unit {\n        kindLabel\n        partyOrganisationName\n        contactName\n        contactPhone\n      }\n    }\n    targetId\n    target {\n      id\n      name\n      kindLabel\n    }\n  }\n": types.UnitReportFieldsFragmentDoc,
    "\n  query UnitReportsTo($organisationId: ID!, $status: ReportStatus) {\n    unitReports(organisationId: $organisationId, status: $status) {\n      ...UnitReportFields\n    }\n  }\n": types.UnitReportsToDocument,
    "\n  query UnitReportsOf($unitId: ID!) {\n    unitReportsOf(unitId: $unitId) {\n      ...UnitReportFields\n    }\n    organisation(id: $unitId) {\n      id\n      name\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n  }\n": types.UnitReportsOfDocument,
    "\n  mutation RequestMemberReport($input: RequestMemberReportInput!) {\n    requestMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": types.RequestMemberReportDocument,
    "\n  mutation WithdrawMemberReport($input: ReportActionInput!) {\n    withdrawMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": types.WithdrawMemberReportDocument,
    "\n  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {\n    updateServiceProfile(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": types.UpdateServiceProfileDocument,
    "\n  mutation ApproveMemberReport($input: ReportActionInput!) {\n    approveMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": types.ApproveMemberReportDocument,
    "\n  mutation RejectMemberReport($input: RejectReportInput!) {\n    rejectMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": types.RejectMemberReportDocument,
    "\n  mutation RequestUnitReport($input: RequestUnitReportInput!) {\n    requestUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n": types.RequestUnitReportDocument,
    "\n  mutation WithdrawUnitReport($input: ReportActionInput!) {\n    withdrawUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n": types.WithdrawUnitReportDocument,
    "\n  mutation ApproveUnitReport($input: ReportActionInput!) {\n    approveUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n": types.ApproveUnitReportDocument,
    "\n  mutation RejectUnitReport($input: RejectReportInput!) {\n    rejectUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n": types.RejectUnitReportDocument,
    "\n  mutation ChangeResidence($input: ChangeResidenceInput!) {\n    changeResidence(input: $input) {\n      ...MemberReportFields\n    }\n  }\n": types.ChangeResidenceDocument,
    "\n  query ReportPeople($organisationId: ID!, $search: String) {\n    accounts(organisationId: $organisationId, search: $search, first: 20) {\n      id\n      personId\n      username\n      displayName\n      phone\n      masked\n      homeOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.ReportPeopleDocument,
    "\n  query PersonReports($personId: ID!) {\n    memberReportsOf(personId: $personId) {\n      id\n      status\n      community {\n        id\n        name\n      }\n    }\n  }\n": types.PersonReportsDocument,
    "\n  query UnitServiceReports($unitId: ID!, $year: Int!, $quarter: Int!) {\n    unitServiceReports(unitId: $unitId, year: $year, quarter: $quarter) {\n      member {\n        id\n        displayName\n      }\n      year\n      quarter\n      wishesFulfilled\n      volunteerHours\n      actionItemsDone\n      points\n      starsEarned\n      starsYearToDate\n      gradeYearToDate\n    }\n  }\n": types.UnitServiceReportsDocument,
    "\n  mutation SendUnitServiceReports($input: SendUnitServiceReportsInput!) {\n    sendUnitServiceReports(input: $input)\n  }\n": types.SendUnitServiceReportsDocument,
    "\n  fragment ResourceFields on Resource {\n    id\n    version\n    unitId\n    unitName\n    organisationId\n    kind\n    kindLabel\n    title\n    description\n    capacity\n    capacityUnit\n    taken\n    remaining\n    availableFrom\n    availableUntil\n    place\n    withdrawn\n    offeredAt\n    updatedAt\n    canManage\n    claims {\n      id\n      organisationId\n      organisationName\n      quantity\n      purpose\n      status\n    }\n  }\n": types.ResourceFieldsFragmentDoc,
    "\n  query Resources($organisationId: ID, $unitId: ID, $available: Boolean) {\n    resources(organisationId: $organisationId, unitId: $unitId, available: $available) {\n      ...ResourceFields\n    }\n  }\n": types.ResourcesDocument,
    "\n  mutation OfferResource($input: OfferResourceInput!) {\n    offerResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.OfferResourceDocument,
    "\n  mutation WithdrawResource($input: WithdrawResourceInput!) {\n    withdrawResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.WithdrawResourceDocument,
    "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.ClaimResourceDocument,
    "\n  mutation ConfirmResourceClaim($input: ResourceClaimInput!) {\n    confirmResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.ConfirmResourceClaimDocument,
    "\n  mutation DeclineResourceClaim($input: ResourceClaimInput!) {\n    declineResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.DeclineResourceClaimDocument,
    "\n  mutation CancelResourceClaim($input: ResourceClaimInput!) {\n    cancelResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.CancelResourceClaimDocument,
    "\n  mutation RecordResourceUse($input: ResourceClaimInput!) {\n    recordResourceUse(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.RecordResourceUseDocument,
    "\n  mutation EditResource($input: EditResourceInput!) {\n    editResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n": types.EditResourceDocument,
    "\n  fragment ScheduledJobFields on ScheduledJob {\n    key\n    description\n    nextFireTime\n    lastFiredAt\n    lastResult\n    lastSucceededAt\n    lastFailedAt\n    lastFailureMessage\n    consecutiveFailures\n    runCount\n    failureCount\n    triggers {\n      key\n      state\n      nextFireTime\n      previousFireTime\n      retryPolicy\n      retryAttempt\n    }\n  }\n": types.ScheduledJobFieldsFragmentDoc,
    "\n  query ScheduledJobs {\n    scheduledJobs {\n      ...ScheduledJobFields\n    }\n  }\n": types.ScheduledJobsDocument,
    "\n  mutation RunJobNow($input: RunJobNowInput!) {\n    runJobNow(input: $input) {\n      ...ScheduledJobFields\n    }\n  }\n": types.RunJobNowDocument,
    "\n  fragment PostFields on VolunteerPost {\n    id\n    version\n    title\n    place\n    category\n    categoryLabel\n    description\n    communityId\n    widenedToStreet\n    startsAt\n    endsAt\n    slots\n    slotsTaken\n    slotsLeft\n    status\n    closedReason\n    viewerCanClaim\n    mySlot {\n      claimedAt\n      checkedInAt\n      checkedOutAt\n      hours\n      noShow\n    }\n    holders {\n      member {\n        id\n        displayName\n      }\n      claimedAt\n      checkedInAt\n      checkedOutAt\n      hours\n      noShow\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query VolunteerPosts($communityId: ID!) {\n    volunteerPosts(communityId: $communityId) {\n      ...PostFields\n    }\n  }\n": types.VolunteerPostsDocument,
    "\n  mutation PublishVolunteerPost($input: PublishVolunteerPostInput!) {\n    publishVolunteerPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.PublishVolunteerPostDocument,
    "\n  mutation ClaimVolunteerSlot($input: VolunteerPostInput!) {\n    claimVolunteerSlot(input: $input) {\n      ...PostFields\n    }\n  }\n": types.ClaimVolunteerSlotDocument,
    "\n  mutation CancelVolunteerSlot($input: VolunteerPostInput!) {\n    cancelVolunteerSlot(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CancelVolunteerSlotDocument,
    "\n  mutation CheckInVolunteer($input: VolunteerPostInput!) {\n    checkInVolunteer(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CheckInVolunteerDocument,
    "\n  mutation CheckOutVolunteer($input: VolunteerPostInput!) {\n    checkOutVolunteer(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CheckOutVolunteerDocument,
    "\n  mutation MarkVolunteerNoShow($input: MarkVolunteerNoShowInput!) {\n    markVolunteerNoShow(input: $input) {\n      ...PostFields\n    }\n  }\n": types.MarkVolunteerNoShowDocument,
    "\n  mutation CloseVolunteerPost($input: CloseVolunteerPostInput!) {\n    closeVolunteerPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CloseVolunteerPostDocument,
    "\n  query VolunteerPost($id: ID!) {\n    volunteerPost(id: $id) {\n      ...PostFields\n    }\n  }\n": types.VolunteerPostDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAccountFields on Account {\n    id\n    username\n    personId\n    displayName\n    phone\n    email\n    address\n    masked\n    homeOrganisationId\n    homeOrganisation {\n      id\n      name\n      kindLabel\n    }\n    roles {\n      role\n      scopeId\n      scopeName\n    }\n    mustChangePassword\n    passwordSet\n    lockedUntil\n    version\n  }\n"): (typeof documents)["\n  fragment AdminAccountFields on Account {\n    id\n    username\n    personId\n    displayName\n    phone\n    email\n    address\n    masked\n    homeOrganisationId\n    homeOrganisation {\n      id\n      name\n      kindLabel\n    }\n    roles {\n      role\n      scopeId\n      scopeName\n    }\n    mustChangePassword\n    passwordSet\n    lockedUntil\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAccounts($organisationId: ID!, $search: String, $first: Int, $offset: Int) {\n    accounts(organisationId: $organisationId, search: $search, first: $first, offset: $offset) {\n      ...AdminAccountFields\n    }\n    accountCount(organisationId: $organisationId, search: $search)\n  }\n"): (typeof documents)["\n  query AdminAccounts($organisationId: ID!, $search: String, $first: Int, $offset: Int) {\n    accounts(organisationId: $organisationId, search: $search, first: $first, offset: $offset) {\n      ...AdminAccountFields\n    }\n    accountCount(organisationId: $organisationId, search: $search)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAccount($id: ID!) {\n    account(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  query AdminAccount($id: ID!) {\n    account(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountReportHistory($personId: ID!) {\n    memberReportsOf(personId: $personId) {\n      id\n      status\n      reason\n      requestedAt\n      decidedAt\n      community {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      grid {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountReportHistory($personId: ID!) {\n    memberReportsOf(personId: $personId) {\n      id\n      status\n      reason\n      requestedAt\n      decidedAt\n      community {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      grid {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgLevel($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      kindLabel\n      parentId\n      children {\n        id\n        name\n        kind\n        kindLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgLevel($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      kindLabel\n      parentId\n      children {\n        id\n        name\n        kind\n        kindLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAccount($input: RegisterAccountInput!) {\n    registerAccount(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterAccount($input: RegisterAccountInput!) {\n    registerAccount(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: RoleInput!) {\n    grantRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($input: RoleInput!) {\n    grantRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($input: RoleInput!) {\n    revokeRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($input: RoleInput!) {\n    revokeRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($input: UnlockAccountInput!) {\n    unlockAccount(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($input: UnlockAccountInput!) {\n    unlockAccount(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      personId\n      username\n      displayName\n      mustChangePassword\n      roles {\n        role\n        scopeId\n        scopeName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      personId\n      username\n      displayName\n      mustChangePassword\n      roles {\n        role\n        scopeId\n        scopeName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      id\n      mustChangePassword\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionBoard($organisationId: ID!) {\n    supervisionBoard(organisationId: $organisationId) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  query SupervisionBoard($organisationId: ID!) {\n    supervisionBoard(organisationId: $organisationId) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionItemProgress($input: ActionItemProgressInput!) {\n    updateActionItemProgress(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionItemProgress($input: ActionItemProgressInput!) {\n    updateActionItemProgress(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($input: ActionItemActionInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActionItem($input: ActionItemActionInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DropActionItem($input: ActionItemActionInput!) {\n    dropActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation DropActionItem($input: ActionItemActionInput!) {\n    dropActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewActionItem($input: ReviewActionItemInput!) {\n    reviewActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewActionItem($input: ReviewActionItemInput!) {\n    reviewActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ActionItemFields\n      ownerKind\n      remindOn\n      createdAt\n      history {\n        version\n        event\n        action\n        byName\n        at\n        percent\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionItem($id: ID!) {\n    actionItem(id: $id) {\n      ...ActionItemFields\n      ownerKind\n      remindOn\n      createdAt\n      history {\n        version\n        event\n        action\n        byName\n        at\n        percent\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on Agreement {\n    id\n    version\n    organisationId\n    organisationName\n    unitId\n    unitName\n    title\n    scope\n    startsOn\n    endsOn\n    projectIds\n    signedBy\n    status\n    inForce\n    mySide\n  }\n"): (typeof documents)["\n  fragment AgreementFields on Agreement {\n    id\n    version\n    organisationId\n    organisationName\n    unitId\n    unitName\n    title\n    scope\n    startsOn\n    endsOn\n    projectIds\n    signedBy\n    status\n    inForce\n    mySide\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($unitId: ID, $organisationId: ID) {\n    agreements(unitId: $unitId, organisationId: $organisationId) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  query Agreements($unitId: ID, $organisationId: ID) {\n    agreements(unitId: $unitId, organisationId: $organisationId) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChoices($parentId: ID!) {\n    organisations(parentId: $parentId, kind: RESIDENT_UNIT) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query UnitChoices($parentId: ID!) {\n    organisations(parentId: $parentId, kind: RESIDENT_UNIT) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftAgreement($input: DraftAgreementInput!) {\n    draftAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignAgreement($input: AgreementActionInput!) {\n    signAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignAgreement($input: AgreementActionInput!) {\n    signAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateAgreement($input: AgreementActionInput!) {\n    terminateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateAgreement($input: AgreementActionInput!) {\n    terminateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAgreement($input: EditAgreementInput!) {\n    editAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditAgreement($input: EditAgreementInput!) {\n    editAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeFields on Committee {\n    id\n    name\n    level\n    version\n    organisationId\n    organisation {\n      id\n      name\n      kind\n      kindLabel\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n    convenerPersonId\n    cadence {\n      kind\n      interval\n      dayOfMonth\n      monthOfQuarter\n    }\n    skippedDates\n    members {\n      personId\n      name\n      email\n      partTime\n      fromOrganisationId\n      fromOrganisation {\n        id\n        name\n      }\n      termStart\n      termEnd\n    }\n  }\n"): (typeof documents)["\n  fragment CommitteeFields on Committee {\n    id\n    name\n    level\n    version\n    organisationId\n    organisation {\n      id\n      name\n      kind\n      kindLabel\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n    convenerPersonId\n    cadence {\n      kind\n      interval\n      dayOfMonth\n      monthOfQuarter\n    }\n    skippedDates\n    members {\n      personId\n      name\n      email\n      partTime\n      fromOrganisationId\n      fromOrganisation {\n        id\n        name\n      }\n      termStart\n      termEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Committees($organisationId: ID, $includeDescendants: Boolean) {\n    committees(organisationId: $organisationId, includeDescendants: $includeDescendants) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  query Committees($organisationId: ID, $includeDescendants: Boolean) {\n    committees(organisationId: $organisationId, includeDescendants: $includeDescendants) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Committee($id: ID!) {\n    committee(id: $id) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  query Committee($id: ID!) {\n    committee(id: $id) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoBuildingUnits($organisationId: ID!) {\n    coBuildingUnits(organisationId: $organisationId, includeDescendants: true) {\n      id\n      name\n      unit {\n        kindLabel\n        contactName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoBuildingUnits($organisationId: ID!) {\n    coBuildingUnits(organisationId: $organisationId, includeDescendants: true) {\n      id\n      name\n      unit {\n        kindLabel\n        contactName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointPartTimeMember($input: AppointPartTimeMemberInput!) {\n    appointPartTimeMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AppointPartTimeMember($input: AppointPartTimeMemberInput!) {\n    appointPartTimeMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPartTimeTerm($input: EndPartTimeTermInput!) {\n    endPartTimeTerm(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndPartTimeTerm($input: EndPartTimeTermInput!) {\n    endPartTimeTerm(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCadence($input: SetCadenceInput!) {\n    setCadence(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCadence($input: SetCadenceInput!) {\n    setCadence(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommittee($input: CreateCommitteeInput!) {\n    createCommittee(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameCommittee($input: RenameCommitteeInput!) {\n    renameCommittee(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameCommittee($input: RenameCommitteeInput!) {\n    renameCommittee(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeConvener($input: CommitteePersonInput!) {\n    changeConvener(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeConvener($input: CommitteePersonInput!) {\n    changeConvener(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStandingMember($input: AddStandingMemberInput!) {\n    addStandingMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddStandingMember($input: AddStandingMemberInput!) {\n    addStandingMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStandingMember($input: CommitteePersonInput!) {\n    removeStandingMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveStandingMember($input: CommitteePersonInput!) {\n    removeStandingMember(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberEmail($input: ChangeMemberEmailInput!) {\n    changeMemberEmail(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberEmail($input: ChangeMemberEmailInput!) {\n    changeMemberEmail(input: $input) {\n      ...CommitteeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($organisationId: ID!, $search: String, $first: Int) {\n    accounts(organisationId: $organisationId, search: $search, first: $first) {\n      id\n      personId\n      displayName\n      email\n      homeOrganisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearch($organisationId: ID!, $search: String, $first: Int) {\n    accounts(organisationId: $organisationId, search: $search, first: $first) {\n      id\n      personId\n      displayName\n      email\n      homeOrganisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeOrgOptions($parentId: ID!, $kind: OrganisationKind) {\n    organisations(parentId: $parentId, kind: $kind) {\n      id\n      name\n      kind\n      kindLabel\n    }\n  }\n"): (typeof documents)["\n  query CommitteeOrgOptions($parentId: ID!, $kind: OrganisationKind) {\n    organisations(parentId: $parentId, kind: $kind) {\n      id\n      name\n      kind\n      kindLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    total\n    valid\n    processed\n    failed\n    errorCount\n    createdAt\n    finishedAt\n    tookMs\n    message\n  }\n"): (typeof documents)["\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    status\n    total\n    valid\n    processed\n    failed\n    errorCount\n    createdAt\n    finishedAt\n    tookMs\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!, $first: Int!, $offset: Int!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      errors(first: $first, offset: $offset) {\n        row\n        column\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!, $first: Int!, $offset: Int!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      errors(first: $first, offset: $offset) {\n        row\n        column\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMembers($input: ImportInput!) {\n    importMembers(input: $input) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMembers($input: ImportInput!) {\n    importMembers(input: $input) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUnits($input: ImportInput!) {\n    importUnits(input: $input) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUnits($input: ImportInput!) {\n    importUnits(input: $input) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOrganisations($input: ImportInput!) {\n    importOrganisations(input: $input) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportOrganisations($input: ImportInput!) {\n    importOrganisations(input: $input) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleScope($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleScope($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    version\n    committeeId\n    committeeName\n    organisationId\n    cycleNumber\n    title\n    startsAt\n    endsAt\n    place\n    phase\n    minutesStatus\n    signedInCount\n    isInvited\n    canManage\n  }\n"): (typeof documents)["\n  fragment MeetingSummaryFields on Meeting {\n    id\n    version\n    committeeId\n    committeeName\n    organisationId\n    cycleNumber\n    title\n    startsAt\n    endsAt\n    place\n    phase\n    minutesStatus\n    signedInCount\n    isInvited\n    canManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsOfOrganisation($organisationId: ID!) {\n    meetingsOfOrganisation(organisationId: $organisationId) {\n      ...MeetingSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingsOfOrganisation($organisationId: ID!) {\n    meetingsOfOrganisation(organisationId: $organisationId) {\n      ...MeetingSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on ActionItem {\n    id\n    version\n    meetingId\n    agendaItemId\n    committeeId\n    title\n    ownerKind\n    ownerId\n    ownerName\n    dueDate\n    status\n    percent\n    completedLate\n    reminderSent\n    escalated\n    overdue\n    carriedOverTo\n    review\n    createdAt\n    updatedAt\n    canWorkOn\n    canSupervise\n  }\n"): (typeof documents)["\n  fragment ActionItemFields on ActionItem {\n    id\n    version\n    meetingId\n    agendaItemId\n    committeeId\n    title\n    ownerKind\n    ownerId\n    ownerName\n    dueDate\n    status\n    percent\n    completedLate\n    reminderSent\n    escalated\n    overdue\n    carriedOverTo\n    review\n    createdAt\n    updatedAt\n    canWorkOn\n    canSupervise\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    ...MeetingSummaryFields\n    sequence\n    cancelReason\n    convenerPersonId\n    canApproveMinutes\n    signInOpen\n    minutesText\n    agenda {\n      id\n      kind\n      title\n      refId\n      description\n      decision {\n        agendaItemId\n        outcome\n        outcomeLabel\n        note\n      }\n    }\n    invitations {\n      personId\n      name\n      unitId\n      unitName\n      response\n      leaveReason\n      signedInAt\n    }\n    attendance {\n      unitId\n      unitName\n      invited\n      signedIn\n      onLeave\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    ...MeetingSummaryFields\n    sequence\n    cancelReason\n    convenerPersonId\n    canApproveMinutes\n    signInOpen\n    minutesText\n    agenda {\n      id\n      kind\n      title\n      refId\n      description\n      decision {\n        agendaItemId\n        outcome\n        outcomeLabel\n        note\n      }\n    }\n    invitations {\n      personId\n      name\n      unitId\n      unitName\n      response\n      leaveReason\n      signedInAt\n    }\n    attendance {\n      unitId\n      unitName\n      invited\n      signedIn\n      onLeave\n    }\n    actionItems {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...MeetingSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      ...MeetingSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: MeetingActionInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: MeetingActionInput!) {\n    cancelMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMinutes($input: MeetingActionInput!) {\n    approveMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMinutes($input: MeetingActionInput!) {\n    approveMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMinutes($input: MeetingActionInput!) {\n    publishMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishMinutes($input: MeetingActionInput!) {\n    publishMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleFigures($committeeId: ID!) {\n    cycleFigures(committeeId: $committeeId) {\n      committeeId\n      cycleNumber\n      meetingId\n      asOf\n      itemsDue\n      itemsClosed\n      closureRate\n      overdueCount\n      units {\n        unitId\n        unitName\n        claims\n        confirmedClaims\n        invited\n        attended\n        itemsDue\n        itemsClosed\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleFigures($committeeId: ID!) {\n    cycleFigures(committeeId: $committeeId) {\n      committeeId\n      cycleNumber\n      meetingId\n      asOf\n      itemsDue\n      itemsClosed\n      closureRate\n      overdueCount\n      units {\n        unitId\n        unitName\n        claims\n        confirmedClaims\n        invited\n        attended\n        itemsDue\n        itemsClosed\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitScorecard($unitId: ID!) {\n    unitScorecard(unitId: $unitId) {\n      unitId\n      unitName\n      cycles\n      claims\n      confirmedClaims\n      invited\n      attended\n      attendanceRate\n      itemsDue\n      itemsClosed\n      closureRate\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query UnitScorecard($unitId: ID!) {\n    unitScorecard(unitId: $unitId) {\n      unitId\n      unitName\n      cycles\n      claims\n      confirmedClaims\n      invited\n      attended\n      attendanceRate\n      itemsDue\n      itemsClosed\n      closureRate\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPerson {\n    me {\n      id\n      personId\n    }\n  }\n"): (typeof documents)["\n  query MyPerson {\n    me {\n      id\n      personId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePendingNeedClaims($organisationId: ID!) {\n    needs(organisationId: $organisationId, status: CLAIM_PENDING) {\n      id\n      title\n      deadline\n      canManage\n      activeClaim {\n        id\n        unitName\n        status\n      }\n    }\n    projects(organisationId: $organisationId) {\n      id\n      title\n      canManage\n      claims {\n        id\n        unitName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePendingNeedClaims($organisationId: ID!) {\n    needs(organisationId: $organisationId, status: CLAIM_PENDING) {\n      id\n      title\n      deadline\n      canManage\n      activeClaim {\n        id\n        unitName\n        status\n      }\n    }\n    projects(organisationId: $organisationId) {\n      id\n      title\n      canManage\n      claims {\n        id\n        unitName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePendingResourceClaims($unitId: ID!) {\n    resources(unitId: $unitId) {\n      id\n      title\n      capacityUnit\n      availableUntil\n      canManage\n      claims {\n        id\n        organisationName\n        quantity\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePendingResourceClaims($unitId: ID!) {\n    resources(unitId: $unitId) {\n      id\n      title\n      capacityUnit\n      availableUntil\n      canManage\n      claims {\n        id\n        organisationName\n        quantity\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSupervision($organisationId: ID!) {\n    supervisionBoard(organisationId: $organisationId) {\n      id\n      title\n      ownerName\n      dueDate\n      status\n      overdue\n      escalated\n    }\n  }\n"): (typeof documents)["\n  query HomeSupervision($organisationId: ID!) {\n    supervisionBoard(organisationId: $organisationId) {\n      id\n      title\n      ownerName\n      dueDate\n      status\n      overdue\n      escalated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeMeetings($organisationId: ID!) {\n    meetingsOfOrganisation(organisationId: $organisationId) {\n      id\n      title\n      startsAt\n      place\n      phase\n      isInvited\n      committeeName\n    }\n  }\n"): (typeof documents)["\n  query HomeMeetings($organisationId: ID!) {\n    meetingsOfOrganisation(organisationId: $organisationId) {\n      id\n      title\n      startsAt\n      place\n      phase\n      isInvited\n      committeeName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidenWish($input: WidenWishInput!) {\n    widenWish(input: $input) {\n      id\n      version\n      widenedToStreet\n    }\n  }\n"): (typeof documents)["\n  mutation WidenWish($input: WidenWishInput!) {\n    widenWish(input: $input) {\n      id\n      version\n      widenedToStreet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WishCardFields on Wish {\n    id\n    version\n    status\n    statusText\n    category\n    categoryLabel\n    title\n    description\n    estimatedValue\n    communityId\n    communityName\n    widenedToStreet\n    gridName\n    buildingName\n    submittedAt\n    publishedAt\n    waitingDays\n    claimant {\n      id\n      displayName\n    }\n    claimedAt\n    dueAt\n    fulfilledAt\n    rating\n    viewerCanClaim\n  }\n"): (typeof documents)["\n  fragment WishCardFields on Wish {\n    id\n    version\n    status\n    statusText\n    category\n    categoryLabel\n    title\n    description\n    estimatedValue\n    communityId\n    communityName\n    widenedToStreet\n    gridName\n    buildingName\n    submittedAt\n    publishedAt\n    waitingDays\n    claimant {\n      id\n      displayName\n    }\n    claimedAt\n    dueAt\n    fulfilledAt\n    rating\n    viewerCanClaim\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wishes($communityId: ID!, $status: WishStatus, $includeStreetWide: Boolean) {\n    wishes(communityId: $communityId, status: $status, includeStreetWide: $includeStreetWide) {\n      ...WishCardFields\n    }\n  }\n"): (typeof documents)["\n  query Wishes($communityId: ID!, $status: WishStatus, $includeStreetWide: Boolean) {\n    wishes(communityId: $communityId, status: $status, includeStreetWide: $includeStreetWide) {\n      ...WishCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WishStreet($id: ID!) {\n    organisation(id: $id) {\n      id\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WishStreet($id: ID!) {\n    organisation(id: $id) {\n      id\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WishesForMe {\n    wishesForMe {\n      score\n      reason\n      reasons\n      wish {\n        ...WishCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WishesForMe {\n    wishesForMe {\n      score\n      reason\n      reasons\n      wish {\n        ...WishCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClaims {\n    myClaims {\n      ...WishCardFields\n      fulfilNote\n    }\n  }\n"): (typeof documents)["\n  query MyClaims {\n    myClaims {\n      ...WishCardFields\n      fulfilNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wish($id: ID!) {\n    wish(id: $id) {\n      ...WishCardFields\n      streetId\n      resident {\n        name\n        phone\n        address\n        masked\n      }\n      submittedBy {\n        id\n        displayName\n      }\n      fulfilNote\n      photos {\n        id\n        contentType\n        sizeBytes\n        url\n      }\n      thanks\n      confirmedAt\n      closingReason\n      history {\n        version\n        event\n        action\n        by {\n          id\n          displayName\n        }\n        at\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query Wish($id: ID!) {\n    wish(id: $id) {\n      ...WishCardFields\n      streetId\n      resident {\n        name\n        phone\n        address\n        masked\n      }\n      submittedBy {\n        id\n        displayName\n      }\n      fulfilNote\n      photos {\n        id\n        contentType\n        sizeBytes\n        url\n      }\n      thanks\n      confirmedAt\n      closingReason\n      history {\n        version\n        event\n        action\n        by {\n          id\n          displayName\n        }\n        at\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WishSettings($communityId: ID!) {\n    wishSettings(communityId: $communityId) {\n      communityId\n      fulfilWithinDays\n      openClaimLimit\n      version\n    }\n  }\n"): (typeof documents)["\n  query WishSettings($communityId: ID!) {\n    wishSettings(communityId: $communityId) {\n      communityId\n      fulfilWithinDays\n      openClaimLimit\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitWish($input: SubmitWishInput!) {\n    submitWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitWish($input: SubmitWishInput!) {\n    submitWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewWish($input: ReviewWishInput!) {\n    reviewWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewWish($input: ReviewWishInput!) {\n    reviewWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishWish($input: PublishWishInput!) {\n    publishWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishWish($input: PublishWishInput!) {\n    publishWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimWish($input: ClaimWishInput!) {\n    claimWish(input: $input) {\n      id\n      version\n      status\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimWish($input: ClaimWishInput!) {\n    claimWish(input: $input) {\n      id\n      version\n      status\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseWish($input: ReleaseWishInput!) {\n    releaseWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseWish($input: ReleaseWishInput!) {\n    releaseWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilWish($input: FulfilWishInput!) {\n    fulfilWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation FulfilWish($input: FulfilWishInput!) {\n    fulfilWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmWish($input: ConfirmWishInput!) {\n    confirmWish(input: $input) {\n      id\n      version\n      status\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmWish($input: ConfirmWishInput!) {\n    confirmWish(input: $input) {\n      id\n      version\n      status\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisputeWish($input: DisputeWishInput!) {\n    disputeWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DisputeWish($input: DisputeWishInput!) {\n    disputeWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWish($input: CancelWishInput!) {\n    cancelWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWish($input: CancelWishInput!) {\n    cancelWish(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PushWish($input: PushWishInput!) {\n    pushWish(input: $input) {\n      person {\n        id\n        displayName\n      }\n      score\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation PushWish($input: PushWishInput!) {\n    pushWish(input: $input) {\n      person {\n        id\n        displayName\n      }\n      score\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWishSettings($input: SetWishSettingsInput!) {\n    setWishSettings(input: $input) {\n      communityId\n      fulfilWithinDays\n      openClaimLimit\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetWishSettings($input: SetWishSettingsInput!) {\n    setWishSettings(input: $input) {\n      communityId\n      fulfilWithinDays\n      openClaimLimit\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WishPlaces($communityId: ID!) {\n    organisations(parentId: $communityId, kind: GRID) {\n      id\n      name\n      children {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query WishPlaces($communityId: ID!) {\n    organisations(parentId: $communityId, kind: GRID) {\n      id\n      name\n      children {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedFields on Need {\n    id\n    version\n    organisationId\n    organisationName\n    title\n    category\n    categoryLabel\n    description\n    place\n    urgency\n    urgencyLabel\n    whatIsNeeded\n    quantityNeeded\n    deadline\n    status\n    postedAt\n    updatedAt\n    canManage\n    activeClaim {\n      id\n      unitId\n      unitName\n      status\n      claimedAt\n    }\n    claims {\n      id\n      unitId\n      unitName\n      status\n      claimedAt\n    }\n  }\n"): (typeof documents)["\n  fragment NeedFields on Need {\n    id\n    version\n    organisationId\n    organisationName\n    title\n    category\n    categoryLabel\n    description\n    place\n    urgency\n    urgencyLabel\n    whatIsNeeded\n    quantityNeeded\n    deadline\n    status\n    postedAt\n    updatedAt\n    canManage\n    activeClaim {\n      id\n      unitId\n      unitName\n      status\n      claimedAt\n    }\n    claims {\n      id\n      unitId\n      unitName\n      status\n      claimedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs($organisationId: ID!, $status: NeedStatus) {\n    needs(organisationId: $organisationId, status: $status) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  query Needs($organisationId: ID!, $status: NeedStatus) {\n    needs(organisationId: $organisationId, status: $status) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n    projects(needId: $id) {\n      id\n      title\n      status\n      percent\n    }\n  }\n"): (typeof documents)["\n  query Need($id: ID!) {\n    need(id: $id) {\n      ...NeedFields\n    }\n    projects(needId: $id) {\n      id\n      title\n      status\n      percent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchSuggestions($needId: ID!) {\n    matchSuggestions(needId: $needId) {\n      resourceId\n      unitId\n      score\n      reason\n      resource {\n        id\n        title\n        kind\n        kindLabel\n        unitName\n        capacity\n        capacityUnit\n        remaining\n        taken\n        place\n        availableUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchSuggestions($needId: ID!) {\n    matchSuggestions(needId: $needId) {\n      resourceId\n      unitId\n      score\n      reason\n      resource {\n        id\n        title\n        kind\n        kindLabel\n        unitName\n        capacity\n        capacityUnit\n        remaining\n        taken\n        place\n        availableUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostNeed($input: PostNeedInput!) {\n    postNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostNeed($input: PostNeedInput!) {\n    postNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditNeed($input: EditNeedInput!) {\n    editNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditNeed($input: EditNeedInput!) {\n    editNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimNeed($input: ClaimNeedInput!) {\n    claimNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimNeed($input: ClaimNeedInput!) {\n    claimNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmNeedClaim($input: NeedClaimInput!) {\n    confirmNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmNeedClaim($input: NeedClaimInput!) {\n    confirmNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineNeedClaim($input: NeedClaimInput!) {\n    declineNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineNeedClaim($input: NeedClaimInput!) {\n    declineNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNeedClaim($input: NeedClaimInput!) {\n    withdrawNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawNeedClaim($input: NeedClaimInput!) {\n    withdrawNeedClaim(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNeed($input: NeedActionInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNeed($input: NeedActionInput!) {\n    closeNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNeed($input: NeedActionInput!) {\n    withdrawNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawNeed($input: NeedActionInput!) {\n    withdrawNeed(input: $input) {\n      ...NeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftProjectFromMatch($input: DraftProjectInput!) {\n    draftProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DraftProjectFromMatch($input: DraftProjectInput!) {\n    draftProject(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgNodeFields on Organisation {\n    id\n    kind\n    kindLabel\n    name\n    parentId\n    archived\n    version\n    createdAt\n    unit {\n      kind\n      kindLabel\n      partyOrganisationName\n      contactName\n      contactPhone\n      masked\n    }\n  }\n"): (typeof documents)["\n  fragment OrgNodeFields on Organisation {\n    id\n    kind\n    kindLabel\n    name\n    parentId\n    archived\n    version\n    createdAt\n    unit {\n      kind\n      kindLabel\n      partyOrganisationName\n      contactName\n      contactPhone\n      masked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgRoot($id: ID!) {\n    organisation(id: $id) {\n      ...OrgNodeFields\n    }\n  }\n"): (typeof documents)["\n  query OrgRoot($id: ID!) {\n    organisation(id: $id) {\n      ...OrgNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChildren($parentId: ID, $includeArchived: Boolean) {\n    organisations(parentId: $parentId, includeArchived: $includeArchived) {\n      ...OrgNodeFields\n    }\n  }\n"): (typeof documents)["\n  query OrgChildren($parentId: ID, $includeArchived: Boolean) {\n    organisations(parentId: $parentId, includeArchived: $includeArchived) {\n      ...OrgNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrganisation($input: RenameOrganisationInput!) {\n    renameOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrganisation($input: RenameOrganisationInput!) {\n    renameOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrganisation($input: MoveOrganisationInput!) {\n    moveOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrganisation($input: MoveOrganisationInput!) {\n    moveOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganisation($input: ArchiveOrganisationInput!) {\n    archiveOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrganisation($input: ArchiveOrganisationInput!) {\n    archiveOrganisation(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnitDetails($input: UpdateUnitDetailsInput!) {\n    updateUnitDetails(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnitDetails($input: UpdateUnitDetailsInput!) {\n    updateUnitDetails(input: $input) {\n      ...OrgNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPoints($year: Int) {\n    myPoints(year: $year) {\n      year\n      points\n      stars\n      grade\n      gradeLabel\n      entries {\n        date\n        source\n        sourceId\n        points\n        reason\n      }\n      years {\n        year\n        points\n        stars\n        grade\n        gradeLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPoints($year: Int) {\n    myPoints(year: $year) {\n      year\n      points\n      stars\n      grade\n      gradeLabel\n      entries {\n        date\n        source\n        sourceId\n        points\n        reason\n      }\n      years {\n        year\n        points\n        stars\n        grade\n        gradeLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsLeaderboard($organisationId: ID!, $year: Int!, $owners: PointsOwnerKind, $take: Int) {\n    pointsLeaderboard(organisationId: $organisationId, year: $year, owners: $owners, take: $take) {\n      rank\n      ownerId\n      ownerKind\n      name\n      points\n      stars\n      grade\n      gradeLabel\n    }\n  }\n"): (typeof documents)["\n  query PointsLeaderboard($organisationId: ID!, $year: Int!, $owners: PointsOwnerKind, $take: Int) {\n    pointsLeaderboard(organisationId: $organisationId, year: $year, owners: $owners, take: $take) {\n      rank\n      ownerId\n      ownerKind\n      name\n      points\n      stars\n      grade\n      gradeLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsScope($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsScope($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputePoints($input: RecomputePointsInput!) {\n    recomputePoints(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecomputePoints($input: RecomputePointsInput!) {\n    recomputePoints(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRecomputations {\n    pointsRecomputations(first: 5) {\n      id\n      requestedAt\n      requestedBy {\n        id\n        displayName\n      }\n      reason\n    }\n  }\n"): (typeof documents)["\n  query PointsRecomputations {\n    pointsRecomputations(first: 5) {\n      id\n      requestedAt\n      requestedBy {\n        id\n        displayName\n      }\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyViews($subjectPersonId: ID, $viewerPersonId: ID, $since: DateTime, $first: Int, $offset: Int) {\n    privacyViews(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since, first: $first, offset: $offset) {\n      id\n      viewerPersonId\n      viewer {\n        personId\n        accountId\n        username\n        maskedName\n      }\n      subjectPersonId\n      subject {\n        personId\n        accountId\n        username\n        maskedName\n      }\n      subjectUnit {\n        id\n        name\n      }\n      fields\n      reason\n      context\n      viewedAt\n      viewCount\n      lastViewedAt\n    }\n    privacyViewCount(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since)\n  }\n"): (typeof documents)["\n  query PrivacyViews($subjectPersonId: ID, $viewerPersonId: ID, $since: DateTime, $first: Int, $offset: Int) {\n    privacyViews(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since, first: $first, offset: $offset) {\n      id\n      viewerPersonId\n      viewer {\n        personId\n        accountId\n        username\n        maskedName\n      }\n      subjectPersonId\n      subject {\n        personId\n        accountId\n        username\n        maskedName\n      }\n      subjectUnit {\n        id\n        name\n      }\n      fields\n      reason\n      context\n      viewedAt\n      viewCount\n      lastViewedAt\n    }\n    privacyViewCount(subjectPersonId: $subjectPersonId, viewerPersonId: $viewerPersonId, since: $since)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id\n    version\n    organisationId\n    organisationName\n    title\n    description\n    needId\n    resourceIds\n    ownerUnitIds\n    status\n    meetingId\n    agendaItemId\n    percent\n    draftedAt\n    updatedAt\n    canManage\n    claims {\n      id\n      unitId\n      unitName\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectFields on Project {\n    id\n    version\n    organisationId\n    organisationName\n    title\n    description\n    needId\n    resourceIds\n    ownerUnitIds\n    status\n    meetingId\n    agendaItemId\n    percent\n    draftedAt\n    updatedAt\n    canManage\n    claims {\n      id\n      unitId\n      unitName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($organisationId: ID!) {\n    projects(organisationId: $organisationId) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  query Projects($organisationId: ID!) {\n    projects(organisationId: $organisationId) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftProject($input: DraftProjectInput!) {\n    draftProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation DraftProject($input: DraftProjectInput!) {\n    draftProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeProject($input: ProposeProjectInput!) {\n    proposeProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimProject($input: ClaimProjectInput!) {\n    claimProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimProject($input: ClaimProjectInput!) {\n    claimProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProjectClaim($input: ProjectClaimInput!) {\n    confirmProjectClaim(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmProjectClaim($input: ProjectClaimInput!) {\n    confirmProjectClaim(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineProjectClaim($input: ProjectClaimInput!) {\n    declineProjectClaim(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineProjectClaim($input: ProjectClaimInput!) {\n    declineProjectClaim(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectProgress($input: ProjectProgressInput!) {\n    updateProjectProgress(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProjectProgress($input: ProjectProgressInput!) {\n    updateProjectProgress(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteProject($input: CompleteProjectInput!) {\n    completeProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteProject($input: CompleteProjectInput!) {\n    completeProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditProject($input: EditProjectInput!) {\n    editProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditProject($input: EditProjectInput!) {\n    editProject(input: $input) {\n      ...ProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberReportFields on MemberReport {\n    id\n    personId\n    status\n    reason\n    requestedAt\n    decidedAt\n    version\n    communityId\n    community {\n      id\n      name\n    }\n    unitId\n    unit {\n      id\n      name\n    }\n    gridId\n    grid {\n      id\n      name\n    }\n    buildingId\n    building {\n      id\n      name\n    }\n    profile {\n      skills\n      skillLabels\n      preferredCategories\n      availability {\n        day\n        part\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MemberReportFields on MemberReport {\n    id\n    personId\n    status\n    reason\n    requestedAt\n    decidedAt\n    version\n    communityId\n    community {\n      id\n      name\n    }\n    unitId\n    unit {\n      id\n      name\n    }\n    gridId\n    grid {\n      id\n      name\n    }\n    buildingId\n    building {\n      id\n      name\n    }\n    profile {\n      skills\n      skillLabels\n      preferredCategories\n      availability {\n        day\n        part\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberReports {\n    myMemberReports {\n      ...MemberReportFields\n    }\n  }\n"): (typeof documents)["\n  query MyMemberReports {\n    myMemberReports {\n      ...MemberReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPlaces {\n    organisations {\n      id\n      name\n      kind\n      children {\n        id\n        name\n        kind\n        children {\n          id\n          name\n          kind\n          children {\n            id\n            name\n            kind\n            children {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportPlaces {\n    organisations {\n      id\n      name\n      kind\n      children {\n        id\n        name\n        kind\n        children {\n          id\n          name\n          kind\n          children {\n            id\n            name\n            kind\n            children {\n              id\n              name\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberReportsTo($organisationId: ID!, $status: ReportStatus) {\n    memberReports(organisationId: $organisationId, status: $status) {\n      ...MemberReportFields\n      member {\n        id\n        displayName\n        phone\n        masked\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberReportsTo($organisationId: ID!, $status: ReportStatus) {\n    memberReports(organisationId: $organisationId, status: $status) {\n      ...MemberReportFields\n      member {\n        id\n        displayName\n        phone\n        masked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitReportFields on UnitReport {\n    id\n    status\n    reason\n    note\n    requestedAt\n    decidedAt\n    version\n    unitId\n    unit {\n      id\n      name\n      unit {\n        kindLabel\n        partyOrganisationName\n        contactName\n        contactPhone\n      }\n    }\n    targetId\n    target {\n      id\n      name\n      kindLabel\n    }\n  }\n"): (typeof documents)["\n  fragment UnitReportFields on UnitReport {\n    id\n    status\n    reason\n    note\n    requestedAt\n    decidedAt\n    version\n    unitId\n    unit {\n      id\n      name\n      unit {\n        kindLabel\n        partyOrganisationName\n        contactName\n        contactPhone\n      }\n    }\n    targetId\n    target {\n      id\n      name\n      kindLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitReportsTo($organisationId: ID!, $status: ReportStatus) {\n    unitReports(organisationId: $organisationId, status: $status) {\n      ...UnitReportFields\n    }\n  }\n"): (typeof documents)["\n  query UnitReportsTo($organisationId: ID!, $status: ReportStatus) {\n    unitReports(organisationId: $organisationId, status: $status) {\n      ...UnitReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitReportsOf($unitId: ID!) {\n    unitReportsOf(unitId: $unitId) {\n      ...UnitReportFields\n    }\n    organisation(id: $unitId) {\n      id\n      name\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitReportsOf($unitId: ID!) {\n    unitReportsOf(unitId: $unitId) {\n      ...UnitReportFields\n    }\n    organisation(id: $unitId) {\n      id\n      name\n      path {\n        districtId\n        streetId\n        communityId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMemberReport($input: RequestMemberReportInput!) {\n    requestMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMemberReport($input: RequestMemberReportInput!) {\n    requestMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMemberReport($input: ReportActionInput!) {\n    withdrawMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawMemberReport($input: ReportActionInput!) {\n    withdrawMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {\n    updateServiceProfile(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {\n    updateServiceProfile(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMemberReport($input: ReportActionInput!) {\n    approveMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMemberReport($input: ReportActionInput!) {\n    approveMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMemberReport($input: RejectReportInput!) {\n    rejectMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMemberReport($input: RejectReportInput!) {\n    rejectMemberReport(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUnitReport($input: RequestUnitReportInput!) {\n    requestUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestUnitReport($input: RequestUnitReportInput!) {\n    requestUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawUnitReport($input: ReportActionInput!) {\n    withdrawUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawUnitReport($input: ReportActionInput!) {\n    withdrawUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUnitReport($input: ReportActionInput!) {\n    approveUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveUnitReport($input: ReportActionInput!) {\n    approveUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectUnitReport($input: RejectReportInput!) {\n    rejectUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectUnitReport($input: RejectReportInput!) {\n    rejectUnitReport(input: $input) {\n      ...UnitReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeResidence($input: ChangeResidenceInput!) {\n    changeResidence(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeResidence($input: ChangeResidenceInput!) {\n    changeResidence(input: $input) {\n      ...MemberReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPeople($organisationId: ID!, $search: String) {\n    accounts(organisationId: $organisationId, search: $search, first: 20) {\n      id\n      personId\n      username\n      displayName\n      phone\n      masked\n      homeOrganisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportPeople($organisationId: ID!, $search: String) {\n    accounts(organisationId: $organisationId, search: $search, first: 20) {\n      id\n      personId\n      username\n      displayName\n      phone\n      masked\n      homeOrganisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonReports($personId: ID!) {\n    memberReportsOf(personId: $personId) {\n      id\n      status\n      community {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonReports($personId: ID!) {\n    memberReportsOf(personId: $personId) {\n      id\n      status\n      community {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitServiceReports($unitId: ID!, $year: Int!, $quarter: Int!) {\n    unitServiceReports(unitId: $unitId, year: $year, quarter: $quarter) {\n      member {\n        id\n        displayName\n      }\n      year\n      quarter\n      wishesFulfilled\n      volunteerHours\n      actionItemsDone\n      points\n      starsEarned\n      starsYearToDate\n      gradeYearToDate\n    }\n  }\n"): (typeof documents)["\n  query UnitServiceReports($unitId: ID!, $year: Int!, $quarter: Int!) {\n    unitServiceReports(unitId: $unitId, year: $year, quarter: $quarter) {\n      member {\n        id\n        displayName\n      }\n      year\n      quarter\n      wishesFulfilled\n      volunteerHours\n      actionItemsDone\n      points\n      starsEarned\n      starsYearToDate\n      gradeYearToDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendUnitServiceReports($input: SendUnitServiceReportsInput!) {\n    sendUnitServiceReports(input: $input)\n  }\n"): (typeof documents)["\n  mutation SendUnitServiceReports($input: SendUnitServiceReportsInput!) {\n    sendUnitServiceReports(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceFields on Resource {\n    id\n    version\n    unitId\n    unitName\n    organisationId\n    kind\n    kindLabel\n    title\n    description\n    capacity\n    capacityUnit\n    taken\n    remaining\n    availableFrom\n    availableUntil\n    place\n    withdrawn\n    offeredAt\n    updatedAt\n    canManage\n    claims {\n      id\n      organisationId\n      organisationName\n      quantity\n      purpose\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceFields on Resource {\n    id\n    version\n    unitId\n    unitName\n    organisationId\n    kind\n    kindLabel\n    title\n    description\n    capacity\n    capacityUnit\n    taken\n    remaining\n    availableFrom\n    availableUntil\n    place\n    withdrawn\n    offeredAt\n    updatedAt\n    canManage\n    claims {\n      id\n      organisationId\n      organisationName\n      quantity\n      purpose\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($organisationId: ID, $unitId: ID, $available: Boolean) {\n    resources(organisationId: $organisationId, unitId: $unitId, available: $available) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  query Resources($organisationId: ID, $unitId: ID, $available: Boolean) {\n    resources(organisationId: $organisationId, unitId: $unitId, available: $available) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferResource($input: OfferResourceInput!) {\n    offerResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation OfferResource($input: OfferResourceInput!) {\n    offerResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawResource($input: WithdrawResourceInput!) {\n    withdrawResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawResource($input: WithdrawResourceInput!) {\n    withdrawResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimResource($input: ClaimResourceInput!) {\n    claimResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmResourceClaim($input: ResourceClaimInput!) {\n    confirmResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmResourceClaim($input: ResourceClaimInput!) {\n    confirmResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineResourceClaim($input: ResourceClaimInput!) {\n    declineResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineResourceClaim($input: ResourceClaimInput!) {\n    declineResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelResourceClaim($input: ResourceClaimInput!) {\n    cancelResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelResourceClaim($input: ResourceClaimInput!) {\n    cancelResourceClaim(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordResourceUse($input: ResourceClaimInput!) {\n    recordResourceUse(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordResourceUse($input: ResourceClaimInput!) {\n    recordResourceUse(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditResource($input: EditResourceInput!) {\n    editResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditResource($input: EditResourceInput!) {\n    editResource(input: $input) {\n      ...ResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduledJobFields on ScheduledJob {\n    key\n    description\n    nextFireTime\n    lastFiredAt\n    lastResult\n    lastSucceededAt\n    lastFailedAt\n    lastFailureMessage\n    consecutiveFailures\n    runCount\n    failureCount\n    triggers {\n      key\n      state\n      nextFireTime\n      previousFireTime\n      retryPolicy\n      retryAttempt\n    }\n  }\n"): (typeof documents)["\n  fragment ScheduledJobFields on ScheduledJob {\n    key\n    description\n    nextFireTime\n    lastFiredAt\n    lastResult\n    lastSucceededAt\n    lastFailedAt\n    lastFailureMessage\n    consecutiveFailures\n    runCount\n    failureCount\n    triggers {\n      key\n      state\n      nextFireTime\n      previousFireTime\n      retryPolicy\n      retryAttempt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledJobs {\n    scheduledJobs {\n      ...ScheduledJobFields\n    }\n  }\n"): (typeof documents)["\n  query ScheduledJobs {\n    scheduledJobs {\n      ...ScheduledJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunJobNow($input: RunJobNowInput!) {\n    runJobNow(input: $input) {\n      ...ScheduledJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation RunJobNow($input: RunJobNowInput!) {\n    runJobNow(input: $input) {\n      ...ScheduledJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on VolunteerPost {\n    id\n    version\n    title\n    place\n    category\n    categoryLabel\n    description\n    communityId\n    widenedToStreet\n    startsAt\n    endsAt\n    slots\n    slotsTaken\n    slotsLeft\n    status\n    closedReason\n    viewerCanClaim\n    mySlot {\n      claimedAt\n      checkedInAt\n      checkedOutAt\n      hours\n      noShow\n    }\n    holders {\n      member {\n        id\n        displayName\n      }\n      claimedAt\n      checkedInAt\n      checkedOutAt\n      hours\n      noShow\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on VolunteerPost {\n    id\n    version\n    title\n    place\n    category\n    categoryLabel\n    description\n    communityId\n    widenedToStreet\n    startsAt\n    endsAt\n    slots\n    slotsTaken\n    slotsLeft\n    status\n    closedReason\n    viewerCanClaim\n    mySlot {\n      claimedAt\n      checkedInAt\n      checkedOutAt\n      hours\n      noShow\n    }\n    holders {\n      member {\n        id\n        displayName\n      }\n      claimedAt\n      checkedInAt\n      checkedOutAt\n      hours\n      noShow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPosts($communityId: ID!) {\n    volunteerPosts(communityId: $communityId) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPosts($communityId: ID!) {\n    volunteerPosts(communityId: $communityId) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishVolunteerPost($input: PublishVolunteerPostInput!) {\n    publishVolunteerPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishVolunteerPost($input: PublishVolunteerPostInput!) {\n    publishVolunteerPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimVolunteerSlot($input: VolunteerPostInput!) {\n    claimVolunteerSlot(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimVolunteerSlot($input: VolunteerPostInput!) {\n    claimVolunteerSlot(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVolunteerSlot($input: VolunteerPostInput!) {\n    cancelVolunteerSlot(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelVolunteerSlot($input: VolunteerPostInput!) {\n    cancelVolunteerSlot(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInVolunteer($input: VolunteerPostInput!) {\n    checkInVolunteer(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInVolunteer($input: VolunteerPostInput!) {\n    checkInVolunteer(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckOutVolunteer($input: VolunteerPostInput!) {\n    checkOutVolunteer(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckOutVolunteer($input: VolunteerPostInput!) {\n    checkOutVolunteer(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkVolunteerNoShow($input: MarkVolunteerNoShowInput!) {\n    markVolunteerNoShow(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkVolunteerNoShow($input: MarkVolunteerNoShowInput!) {\n    markVolunteerNoShow(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVolunteerPost($input: CloseVolunteerPostInput!) {\n    closeVolunteerPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVolunteerPost($input: CloseVolunteerPostInput!) {\n    closeVolunteerPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPost($id: ID!) {\n    volunteerPost(id: $id) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPost($id: ID!) {\n    volunteerPost(id: $id) {\n      ...PostFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
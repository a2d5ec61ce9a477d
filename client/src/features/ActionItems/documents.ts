import { graphql } from '@/gql';

export const SupervisionBoardQuery = graphql(`
  query SupervisionBoard($organisationId: ID!) {
    supervisionBoard(organisationId: $organisationId) {
      ...ActionItemFields
    }
  }
`);

export const UpdateActionItemProgressMutation = graphql(`
  mutation UpdateActionItemProgress($input: ActionItemProgressInput!) {
    updateActionItemProgress(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const CompleteActionItemMutation = graphql(`
  mutation CompleteActionItem($input: ActionItemActionInput!) {
    completeActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const DropActionItemMutation = graphql(`
  mutation DropActionItem($input: ActionItemActionInput!) {
    dropActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const ReviewActionItemMutation = graphql(`
  mutation ReviewActionItem($input: ReviewActionItemInput!) {
    reviewActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const ActionItemQuery = graphql(`
  query ActionItem($id: ID!) {
    actionItem(id: $id) {
      ...ActionItemFields
      ownerKind
      remindOn
      createdAt
      history {
        version
        event
        action
        byName
        at
        percent
        detail
      }
    }
  }
`);

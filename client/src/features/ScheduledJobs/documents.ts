import { graphql } from '@/gql';

export const ScheduledJobFields = graphql(`
  fragment ScheduledJobFields on ScheduledJob {
    key
    description
    nextFireTime
    lastFiredAt
    lastResult
    lastSucceededAt
    lastFailedAt
    lastFailureMessage
    consecutiveFailures
    runCount
    failureCount
    triggers {
      key
      state
      nextFireTime
      previousFireTime
      retryPolicy
      retryAttempt
    }
  }
`);

export const ScheduledJobsQuery = graphql(`
  query ScheduledJobs {
    scheduledJobs {
      ...ScheduledJobFields
    }
  }
`);

export const RunJobNowMutation = graphql(`
  mutation RunJobNow($input: RunJobNowInput!) {
    runJobNow(input: $input) {
      ...ScheduledJobFields
    }
  }
`);

// A mutation with the state a form needs: running, the mapped error, and per-field messages.
import { useCallback, useState } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import { toAppError, type AppError } from './errors';

export interface ActionState<Data> {
  run: (variables: AnyVariables) => Promise<Data | undefined>;
  /** Like run, but also resolves with the mapped error, for callers that react to it at once (CONFLICT → refetch). */
  attempt: (variables: AnyVariables) => Promise<{ data?: Data; error?: AppError }>;
  running: boolean;
  error: AppError | undefined;
  /** The message for one input, for <Field error={fieldError('title')}>. */
  fieldError: (name: string) => string | undefined;
  clearError: () => void;
}

export function useAction<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
): ActionState<Data> {
  const [{ fetching }, execute] = useMutation(document);
  const [error, setError] = useState<AppError>();

  const attempt = useCallback(
    async (variables: AnyVariables): Promise<{ data?: Data; error?: AppError }> => {
      setError(undefined);
      const result = await execute(variables as Variables);
      if (result.error) {
        const mapped = toAppError(result.error);
        setError(mapped);
        return { error: mapped };
      }
      return { data: result.data };
    },
    [execute],
  );
  const run = useCallback(async (variables: AnyVariables) => (await attempt(variables)).data, [attempt]);

  return {
    run,
    attempt,
    running: fetching,
    error,
    fieldError: (name) => error?.fields[name],
    clearError: () => setError(undefined),
  };
}

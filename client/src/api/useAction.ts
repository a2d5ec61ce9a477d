// A mutation with the state a form needs: running, the mapped error, and per-field messages.
import { useCallback, useState } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import { toAppError, type AppError } from './errors';

export interface ActionState<Data> {
  run: (variables: AnyVariables) => Promise<Data | undefined>;
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

  const run = useCallback(
    async (variables: AnyVariables) => {
      setError(undefined);
      const result = await execute(variables as Variables);
      if (result.error) {
        setError(toAppError(result.error));
        return undefined;
      }
      return result.data;
    },
    [execute],
  );

  return {
    run,
    running: fetching,
    error,
    fieldError: (name) => error?.fields[name],
    clearError: () => setError(undefined),
  };
}

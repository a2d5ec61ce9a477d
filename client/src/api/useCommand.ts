// A mutation run from a page (boards, wishes, posts, reports): adds a clientMutationId (safe retry), says what happened in a toast,
// and on CONFLICT refetches and explains in words what someone else did first.
import type { AnyVariables, TypedDocumentNode } from 'urql';
import type { AppError } from '@/api/errors';
import { useAction } from '@/api/useAction';
import { t } from '@/i18n';
import { useToast } from '@/ui';

export function newMutationId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface CommandOptions {
  /** Called after a CONFLICT (the page should refetch). */
  onConflict?: () => void;
}

export function useCommand<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  options: CommandOptions = {},
) {
  const action = useAction(document);
  const toast = useToast();

  async function exec(input: Record<string, unknown>, success?: string): Promise<{ data?: Data; error?: AppError }> {
    const result = await action.attempt({ input: { clientMutationId: newMutationId(), ...input } });
    if (result.data && success) toast.success(success);
    if (result.error?.code === 'CONFLICT') {
      options.onConflict?.();
      toast.error(t('common.conflictRefreshed', { message: result.error.message }));
    }
    return result;
  }

  return { exec, running: action.running, error: action.error, fieldError: action.fieldError, clearError: action.clearError };
}

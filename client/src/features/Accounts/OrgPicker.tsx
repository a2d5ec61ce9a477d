// Picks an organisation inside the acting person's scope by walking the tree one level at a time
// (区 → 街道 → 社区 → 单位): one select per level, the last choice is the value. With `target`, only the
// organisations of that kind and those on the way to one are offered.
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import type { OrganisationKind } from '@/gql/graphql';
import { t } from '@/i18n';
import { Select } from '@/ui';
import { OrgLevelQuery } from './adminDocuments';
import { leadsTo } from './accountAdmin';

export interface PickedOrg {
  id: string;
  name: string;
  kind: OrganisationKind;
  kindLabel: string;
}

/** The organisation an id names (shares the picker's cached query). */
export function usePickedOrg(id: string | undefined): PickedOrg | undefined {
  const [{ data }] = useQuery({ query: OrgLevelQuery, variables: { id: id ?? '' }, pause: !id });
  const o = data?.organisation;
  return o && o.id === id ? { id: o.id, name: o.name, kind: o.kind, kindLabel: o.kindLabel } : undefined;
}

export function OrgPicker({
  path,
  onChange,
  label,
  target,
  hint,
  error,
  required,
  id,
  showChosen = true,
}: {
  /** Ids from the root (the acting scope) to the chosen organisation. */
  path: readonly string[];
  onChange: (path: string[]) => void;
  label: string;
  target?: OrganisationKind | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  id?: string;
  /** The "已选：…" line under the selects (a filter bar leaves it out: the selects say it). */
  showChosen?: boolean;
}) {
  const chosen = usePickedOrg(path[path.length - 1]);
  const describedBy = [hint && `${id ?? 'org'}-hint`, error && `${id ?? 'org'}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={['jm-field', 'jm-orgpicker', error && 'jm-field--error'].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend className="jm-field__label">
        {label}
        {required && (
          <span className="jm-field__required" aria-hidden="true">
            *
          </span>
        )}
      </legend>
      <div className="jm-orgpicker__levels">
        {path.map((parentId, i) => (
          <Level
            key={`${i}-${parentId}`}
            parentId={parentId}
            level={i + 1}
            label={label}
            selected={path[i + 1]}
            target={target}
            onSelect={(childId) => onChange(childId ? [...path.slice(0, i + 1), childId] : path.slice(0, i + 1))}
          />
        ))}
      </div>
      {showChosen && chosen && (
        <p className="jm-orgpicker__chosen" aria-live="polite">
          {t('accountsAdmin.picker.selected', { name: chosen.name, kind: chosen.kindLabel })}
        </p>
      )}
      {hint && (
        <p id={`${id ?? 'org'}-hint`} className="jm-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id ?? 'org'}-error`} className="jm-field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function Level({
  parentId,
  level,
  label,
  selected,
  target,
  onSelect,
}: {
  parentId: string;
  level: number;
  label: string;
  selected: string | undefined;
  target: OrganisationKind | undefined;
  onSelect: (childId: string) => void;
}) {
  const [{ data, fetching, error }] = useQuery({ query: OrgLevelQuery, variables: { id: parentId } });
  if (error) return <span className="jm-field__error">{t('accountsAdmin.picker.loadFailed', { message: toAppError(error).message })}</span>;
  if (fetching && !data) return <span className="muted jm-orgpicker__loading">{t('accountsAdmin.picker.loadingLevel')}</span>;
  const parent = data?.organisation;
  const children = (parent?.children ?? []).filter((c) => leadsTo(c.kind, target));
  if (!parent || children.length === 0) return null;
  return (
    <Select
      aria-label={`${label} ${t('accountsAdmin.picker.level', { level })}`}
      value={selected ?? ''}
      placeholder={t('accountsAdmin.picker.here', { name: parent.name })}
      options={children.map((c) => ({ value: c.id, label: t('accountsAdmin.picker.option', { name: c.name, kind: c.kindLabel }) }))}
      onChange={(e) => onSelect(e.target.value)}
    />
  );
}

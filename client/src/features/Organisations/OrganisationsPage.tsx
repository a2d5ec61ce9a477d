// 组织架构: the tree under the acting scope (the admin's district, a secretary's street or community);
// create, rename, move and archive; a resident unit's details (kind, Party organisation, contact). Children load
// when a node opens. Live: org:{scope}.
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { useCommand } from '@/api/useCommand';
import type { OrgNodeFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, Dialog, EmptyState, ErrorState, Field, Icon, Input, Select, Skeleton, StatusTag } from '@/ui';
import {
  ArchiveOrganisationMutation,
  CreateOrganisationMutation,
  MoveOrganisationMutation,
  OrgChildrenQuery,
  OrgRootQuery,
  RenameOrganisationMutation,
} from './documents';
import { CHILD_KINDS, unitErrors, type OrgKind } from './orgRules';
import { EMPTY_UNIT, UNIT_FIELDS, UnitDetailsDialog, UnitFields, unitInput } from './UnitDetailsDialog';
import './orgs.css';

type Org = OrgNodeFieldsFragment;
type Dialogs = { kind: 'create'; parent: Org } | { kind: 'rename' | 'move' | 'archive' | 'unit'; org: Org } | null;

export default function OrganisationsPage() {
  usePageTitle(t('orgs.pageTitle'));
  const { acting } = useSignedIn();
  const scopeId = acting?.scopeId ?? '';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OrgRootQuery, variables: { id: scopeId }, pause: !scopeId });
  const [showArchived, setShowArchived] = useState(false);
  const [selected, setSelected] = useState<Org>();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [epoch, setEpoch] = useState(0);
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    setEpoch((n) => n + 1);
  };
  useLiveRefetch(scopeId ? [liveGroups.organisation(scopeId)] : [], refresh, 600);
  const root = data?.organisation;

  return (
    <div className="jm-page jm-orgs">
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <h1>{t('orgs.pageTitle')}</h1>
          <p className="muted">{t('orgs.subtitle')}</p>
        </div>
        <label className="jm-check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          <span>{t('orgs.showArchived')}</span>
        </label>
      </header>
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refresh} />
      ) : fetching && !root ? (
        <Skeleton lines={8} />
      ) : !root ? (
        <EmptyState title={t('orgs.empty')} />
      ) : (
        <div className="jm-orgs__layout">
          <Card title={t('orgs.tree')} padded={false}>
            <ul className="jm-tree" role="tree" aria-label={t('orgs.tree')}>
              <TreeNode key={`${root.id}-${epoch}`} org={root} depth={0} initiallyOpen showArchived={showArchived} selectedId={selected?.id} onSelect={setSelected} epoch={epoch} />
            </ul>
          </Card>
          <Card title={selected ? selected.name : t('orgs.details')}>
            {selected ? (
              <OrgDetails org={selected} onAction={setDialog} />
            ) : (
              <EmptyState compact icon="list" title={t('orgs.pick')} />
            )}
          </Card>
        </div>
      )}
      {dialog?.kind === 'create' && <CreateDialog parent={dialog.parent} onClose={() => setDialog(null)} onDone={refresh} />}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          org={dialog.org}
          onClose={() => setDialog(null)}
          onDone={(o) => {
            setSelected(o);
            refresh();
          }}
        />
      )}
      {dialog?.kind === 'move' && (
        <MoveDialog
          org={dialog.org}
          rootId={scopeId}
          onClose={() => setDialog(null)}
          onDone={(o) => {
            setSelected(o);
            refresh();
          }}
        />
      )}
      {dialog?.kind === 'unit' && (
        <UnitDetailsDialog
          org={dialog.org}
          onClose={() => setDialog(null)}
          onDone={(o) => {
            setSelected(o);
            refresh();
          }}
        />
      )}
      {dialog?.kind === 'archive' && (
        <ArchiveDialog
          org={dialog.org}
          onClose={() => setDialog(null)}
          onDone={(o) => {
            setSelected(o);
            refresh();
          }}
        />
      )}
    </div>
  );
}

function TreeNode({
  org,
  depth,
  initiallyOpen,
  showArchived,
  selectedId,
  onSelect,
  epoch,
}: {
  org: Org;
  depth: number;
  initiallyOpen?: boolean;
  showArchived: boolean;
  selectedId: string | undefined;
  onSelect: (o: Org) => void;
  epoch: number;
}) {
  const [open, setOpen] = useState(!!initiallyOpen);
  const leaf = CHILD_KINDS[org.kind as OrgKind]?.length === 0;
  const [{ data, fetching }] = useQuery({
    query: OrgChildrenQuery,
    variables: { parentId: org.id, includeArchived: showArchived },
    pause: !open || leaf,
    requestPolicy: epoch ? 'cache-and-network' : 'cache-first',
  });
  const children = data?.organisations ?? [];
  return (
    <li role="treeitem" aria-expanded={leaf ? undefined : open} aria-selected={selectedId === org.id} className="jm-tree__item">
      <div className={`jm-tree__row${selectedId === org.id ? ' is-selected' : ''}${org.archived ? ' is-archived' : ''}`} style={{ paddingLeft: 8 + depth * 18 }}>
        {leaf ? (
          <span className="jm-tree__spacer" />
        ) : (
          <button type="button" className="jm-tree__toggle" aria-label={open ? t('orgs.collapse', { name: org.name }) : t('orgs.expand', { name: org.name })} onClick={() => setOpen((v) => !v)}>
            <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
          </button>
        )}
        <button type="button" className="jm-tree__label" onClick={() => onSelect(org)}>
          <span className="jm-tree__kind">{org.kindLabel}</span>
          <span className="jm-tree__name">{org.name}</span>
          {org.archived && <StatusTag>{t('orgs.archived')}</StatusTag>}
        </button>
      </div>
      {open && !leaf && (
        <ul role="group" className="jm-tree__group">
          {fetching && !data && <li className="jm-tree__loading muted" style={{ paddingLeft: 34 + depth * 18 }}>{t('common.loading')}</li>}
          {data && children.length === 0 && <li className="jm-tree__loading muted" style={{ paddingLeft: 34 + depth * 18 }}>{t('orgs.noChildren')}</li>}
          {children.map((c) => (
            <TreeNode key={c.id} org={c} depth={depth + 1} showArchived={showArchived} selectedId={selectedId} onSelect={onSelect} epoch={epoch} />
          ))}
        </ul>
      )}
    </li>
  );
}

function OrgDetails({ org, onAction }: { org: Org; onAction: (d: Dialogs) => void }) {
  const canHaveChildren = (CHILD_KINDS[org.kind as OrgKind] ?? []).length > 0;
  return (
    <>
      <dl className="jm-dl jm-dl--grid">
        <dt>{t('orgs.kind')}</dt>
        <dd>{org.kindLabel}</dd>
        <dt>{t('orgs.created')}</dt>
        <dd>{formatDate(org.createdAt)}</dd>
        <dt>{t('orgs.state')}</dt>
        <dd>{org.archived ? t('orgs.archived') : t('orgs.active')}</dd>
        {org.unit && (
          <>
            <dt>{t('orgs.unitKind')}</dt>
            <dd>{org.unit.kindLabel}</dd>
            <dt>{t('orgs.partyOrg')}</dt>
            <dd>{org.unit.partyOrganisationName}</dd>
            <dt>{t('orgs.contact')}</dt>
            <dd>
              {org.unit.contactName} · {org.unit.contactPhone}
            </dd>
          </>
        )}
      </dl>
      {!org.archived && (
        <div className="jm-actions jm-orgs__actions">
          {canHaveChildren && (
            <Button size="sm" variant="primary" icon={<Icon name="plus" size={16} />} onClick={() => onAction({ kind: 'create', parent: org })}>
              {t('orgs.create')}
            </Button>
          )}
          <Button size="sm" icon={<Icon name="edit" size={16} />} onClick={() => onAction({ kind: 'rename', org })}>
            {t('orgs.rename')}
          </Button>
          {/* A masked contact means the viewer is not over this unit, so may not edit it either. */}
          {org.unit && !org.unit.masked && (
            <Button size="sm" icon={<Icon name="briefcase" size={16} />} onClick={() => onAction({ kind: 'unit', org })}>
              {t('orgs.unitEdit.open')}
            </Button>
          )}
          {org.parentId && (
            <Button size="sm" onClick={() => onAction({ kind: 'move', org })}>
              {t('orgs.move')}
            </Button>
          )}
          {org.parentId && (
            <Button size="sm" variant="danger" onClick={() => onAction({ kind: 'archive', org })}>
              {t('orgs.archive')}
            </Button>
          )}
        </div>
      )}
    </>
  );
}

function CreateDialog({ parent, onClose, onDone }: { parent: Org; onClose: () => void; onDone: () => void }) {
  const kinds = CHILD_KINDS[parent.kind as OrgKind] ?? [];
  const create = useCommand(CreateOrganisationMutation);
  const [kind, setKind] = useState<string>(kinds[0] ?? '');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState(EMPTY_UNIT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const isUnit = kind === 'RESIDENT_UNIT';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = isUnit ? unitErrors(unit) : {};
    if (!name.trim()) found.name = t('fieldErrors.REQUIRED');
    setErrors(found);
    if (Object.keys(found).length) return;
    const r = await create.exec({ kind, name: name.trim(), parentId: parent.id, unit: isUnit ? unitInput(unit) : null }, t('orgs.done.created', { name: name.trim() }));
    if (r.data) {
      onDone();
      onClose();
    }
  };
  const error = (field: string) => errors[field] ?? create.fieldError(field);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('orgs.createUnder', { name: parent.name })}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-org-create" busy={create.running}>
            {t('orgs.create')}
          </Button>
        </>
      }
    >
      <form id="jm-org-create" className="stack" onSubmit={submit} noValidate>
        <Field label={t('orgs.kind')} required>
          <Select name="kind" value={kind} placeholder={false} options={kinds.map((k) => ({ value: k, label: t(`orgs.kinds.${k}`) }))} onChange={(e) => setKind(e.target.value)} />
        </Field>
        <Field label={t('orgs.name')} required error={error('name')}>
          <Input name="name" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
        </Field>
        {isUnit && (
          <UnitFields
            value={unit}
            onChange={(u, changed) => {
              setUnit(u);
              setErrors(({ [changed]: _gone, ...rest }) => rest);
            }}
            error={error}
          />
        )}
        {create.error && !['name', ...UNIT_FIELDS].some((f) => create.error?.fields[f]) && (
          <p className="jm-alert jm-alert--error" role="alert">
            {create.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}

function RenameDialog({ org, onClose, onDone }: { org: Org; onClose: () => void; onDone: (o: Org) => void }) {
  const rename = useCommand(RenameOrganisationMutation, { onConflict: onClose });
  const [name, setName] = useState(org.name);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('orgs.renameTitle', { name: org.name })}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-org-rename" busy={rename.running}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form
        id="jm-org-rename"
        className="stack"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await rename.exec({ organisationId: org.id, name: name.trim(), expectedVersion: org.version }, t('orgs.done.renamed'));
          if (r.data) {
            onDone(r.data.renameOrganisation);
            onClose();
          }
        }}
      >
        <Field label={t('orgs.newName')} required error={rename.fieldError('name') ?? (rename.error?.code !== 'CONFLICT' ? rename.error?.message : undefined)}>
          <Input name="name" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}

function MoveDialog({ org, rootId, onClose, onDone }: { org: Org; rootId: string; onClose: () => void; onDone: (o: Org) => void }) {
  const move = useCommand(MoveOrganisationMutation, { onConflict: onClose });
  const [target, setTarget] = useState('');
  // Candidates: the siblings of the current parent (same kind as the parent), under the acting scope.
  const [{ data: parentData }] = useQuery({ query: OrgRootQuery, variables: { id: org.parentId ?? rootId } });
  const grand = parentData?.organisation?.parentId ?? rootId;
  const [{ data, fetching }] = useQuery({ query: OrgChildrenQuery, variables: { parentId: grand } });
  const parentKind = parentData?.organisation?.kind;
  const options = (data?.organisations ?? []).filter((o) => o.id !== org.parentId && o.kind === parentKind && !o.archived);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('orgs.moveTitle', { name: org.name })}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-org-move" busy={move.running} disabled={!target}>
            {t('orgs.move')}
          </Button>
        </>
      }
    >
      <form
        id="jm-org-move"
        className="stack"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await move.exec({ organisationId: org.id, newParentId: target, expectedVersion: org.version }, t('orgs.done.moved'));
          if (r.data) {
            onDone(r.data.moveOrganisation);
            onClose();
          }
        }}
      >
        <Field label={t('orgs.newParent')} required hint={fetching ? t('common.loading') : options.length === 0 ? t('orgs.noTargets') : undefined} error={move.error?.code !== 'CONFLICT' ? move.error?.message : undefined}>
          <Select name="newParentId" value={target} options={options.map((o) => ({ value: o.id, label: o.name }))} onChange={(e) => setTarget(e.target.value)} />
        </Field>
      </form>
    </Dialog>
  );
}

function ArchiveDialog({ org, onClose, onDone }: { org: Org; onClose: () => void; onDone: (o: Org) => void }) {
  const archive = useCommand(ArchiveOrganisationMutation, { onConflict: onClose });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('orgs.archiveTitle', { name: org.name })}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="danger"
            busy={archive.running}
            onClick={async () => {
              const r = await archive.exec({ organisationId: org.id, expectedVersion: org.version }, t('orgs.done.archived'));
              if (r.data) {
                onDone(r.data.archiveOrganisation);
                onClose();
              }
            }}
          >
            {t('orgs.archive')}
          </Button>
        </>
      }
    >
      <p>{t('orgs.archiveBody')}</p>
      {archive.error && archive.error.code !== 'CONFLICT' && (
        <p className="jm-alert jm-alert--error" role="alert">
          {archive.error.message}
        </p>
      )}
    </Dialog>
  );
}

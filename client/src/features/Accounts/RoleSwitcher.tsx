import { useId, useState } from 'react';
import { t } from '@/i18n';
import { grantKey, type RoleGrant } from '@/lib/roles';
import { Button, Dialog, Icon, useToast } from '@/ui';
import { useSignedIn } from './session';

/** The list of a person's grants as radio choices; used in the dialog and on 我的. */
export function RoleChoices({ onChosen }: { onChosen?: (g: RoleGrant) => void }) {
  const { person, acting, setActing } = useSignedIn();
  const toast = useToast();
  const current = acting ? grantKey(acting) : undefined;
  // Each list is its own radio group even when two are on screen (the top bar's dialog and 我的).
  const name = useId();
  return (
    <fieldset className="jm-role-choices">
      <legend className="visually-hidden">{t('actingAs.switchTitle')}</legend>
      {person.grants.map((g) => {
        const key = grantKey(g);
        return (
          <label key={key} className="jm-role-choice" data-checked={key === current || undefined}>
            <input
              type="radio"
              name={name}
              value={key}
              checked={key === current}
              onChange={() => {
                setActing(g);
                toast.success(t('actingAs.switched', { role: t(`roles.${g.role}`), scope: g.scopeName }));
                onChosen?.(g);
              }}
            />
            <span className="jm-role-choice__text">
              <span className="jm-role-choice__role">{t(`roles.${g.role}`)}</span>
              <span className="jm-role-choice__scope">{g.scopeName}</span>
            </span>
            {key === current && <span className="jm-role-choice__current">{t('actingAs.current')}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The acting role in the top bar; a button that opens the switcher when there is a choice. */
export function RoleSwitcher() {
  const { person, acting } = useSignedIn();
  const [open, setOpen] = useState(false);
  if (!acting) return null;
  const text = (
    <>
      <span className="jm-acting__role">{t(`rolesShort.${acting.role}`)}</span>
      <span className="jm-acting__scope">{acting.scopeName}</span>
    </>
  );
  if (person.grants.length < 2) {
    return (
      <span className="jm-acting" title={t('actingAs.label')}>
        {text}
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className="jm-acting jm-acting--button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={t('actingAs.buttonLabel', { role: t(`roles.${acting.role}`), scope: acting.scopeName })}
      >
        {text}
        <Icon name="chevronDown" size={16} />
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('actingAs.switchTitle')}
        size="sm"
        footer={<Button onClick={() => setOpen(false)}>{t('common.close')}</Button>}
      >
        <p className="muted jm-mb-3">{t('actingAs.switchHint')}</p>
        <RoleChoices onChosen={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

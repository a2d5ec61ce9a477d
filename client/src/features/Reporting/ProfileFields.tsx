// The service profile a member declares: skills, preferred categories (the wish categories' words, which the
// wish ranking matches), and the weekly availability grid (weekday × 上午/下午/晚上).
import type { Skill, WishCategory } from '@/gql/graphql';
import { t } from '@/i18n';
import { DAY_PARTS, slotKey, toggleMany, toggleSlot, WEEK, type Slot } from './reportLogic';

export const SKILLS: readonly Skill[] = ['MEDICAL', 'LEGAL', 'EDUCATION', 'REPAIR', 'PSYCHOLOGY', 'IT', 'ELDERLY_CARE', 'CULTURE_AND_SPORTS', 'OTHER'];
const WISH_CATEGORIES: readonly WishCategory[] = ['ELDER_CARE', 'DISABILITY_AID', 'STUDY_AID', 'REPAIR', 'MEDICAL', 'LEGAL', 'PSYCHOLOGICAL', 'DAILY_SUPPLIES'];
/** The labels the server stores and the wish ranking compares. */
export const CATEGORY_LABELS: readonly string[] = WISH_CATEGORIES.map((c) => t(`microWishes.category.${c}`));

export interface ProfileValue {
  skills: Skill[];
  preferredCategories: string[];
  availability: Slot[];
}

export const emptyProfile = (): ProfileValue => ({ skills: [], preferredCategories: [], availability: [] });

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function ProfileFields({ value, onChange }: { value: ProfileValue; onChange: (v: ProfileValue) => void }) {
  return (
    <>
      <fieldset className="jm-fieldset">
        <legend className="jm-field__label">{t('reporting.form.skills')}</legend>
        <p className="jm-field__hint">{t('reporting.form.skillsHint')}</p>
        <div className="jm-chips">
          {SKILLS.map((s) => (
            <label key={s} className={`jm-chipcheck${value.skills.includes(s) ? ' is-on' : ''}`}>
              <input type="checkbox" checked={value.skills.includes(s)} onChange={() => onChange({ ...value, skills: toggle(value.skills, s) })} />
              {t(`reporting.skill.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="jm-fieldset">
        <legend className="jm-field__label">{t('reporting.form.categories')}</legend>
        <p className="jm-field__hint">{t('reporting.form.categoriesHint')}</p>
        <div className="jm-chips">
          {CATEGORY_LABELS.map((c) => (
            <label key={c} className={`jm-chipcheck${value.preferredCategories.includes(c) ? ' is-on' : ''}`}>
              <input
                type="checkbox"
                checked={value.preferredCategories.includes(c)}
                onChange={() => onChange({ ...value, preferredCategories: toggle(value.preferredCategories, c) })}
              />
              {c}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="jm-fieldset">
        <legend className="jm-field__label">{t('reporting.form.availability')}</legend>
        <p className="jm-field__hint">
          {t('reporting.form.availabilityHint')} {t('reporting.form.availabilityCount', { count: value.availability.length })}
        </p>
        <AvailabilityGrid slots={value.availability} onChange={(availability) => onChange({ ...value, availability })} />
      </fieldset>
    </>
  );
}

export function AvailabilityGrid({ slots, onChange }: { slots: readonly Slot[]; onChange?: (slots: Slot[]) => void }) {
  const on = new Set(slots.map(slotKey));
  const readOnly = !onChange;
  return (
    <table className={`jm-avail${readOnly ? ' is-readonly' : ''}`}>
      <caption className="visually-hidden">{t('reporting.form.availabilityTable')}</caption>
      <thead>
        <tr>
          <td />
          {WEEK.map((day) => (
            <th key={day} scope="col">
              {readOnly ? (
                <span title={t(`reporting.dayLong.${day}`)}>{t(`reporting.day.${day}`)}</span>
              ) : (
                <button
                  type="button"
                  className="jm-avail__head"
                  aria-label={t('reporting.form.wholeDay', { day: t(`reporting.dayLong.${day}`) })}
                  onClick={() => onChange(toggleMany(slots, DAY_PARTS.map((part) => ({ day, part }))))}
                >
                  {t(`reporting.day.${day}`)}
                </button>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DAY_PARTS.map((part) => (
          <tr key={part}>
            <th scope="row">
              {readOnly ? (
                t(`reporting.part.${part}`)
              ) : (
                <button
                  type="button"
                  className="jm-avail__head"
                  aria-label={t('reporting.form.wholePart', { part: t(`reporting.part.${part}`) })}
                  onClick={() => onChange(toggleMany(slots, WEEK.map((day) => ({ day, part }))))}
                >
                  {t(`reporting.part.${part}`)}
                </button>
              )}
            </th>
            {WEEK.map((day) => {
              const key = slotKey({ day, part });
              const label = t('reporting.form.slotLabel', { day: t(`reporting.dayLong.${day}`), part: t(`reporting.part.${part}`) });
              return (
                <td key={key}>
                  {readOnly ? (
                    <span className={`jm-avail__cell${on.has(key) ? ' is-on' : ''}`} role="img" aria-label={on.has(key) ? label : undefined} aria-hidden={!on.has(key)} />
                  ) : (
                    <button
                      type="button"
                      className={`jm-avail__cell${on.has(key) ? ' is-on' : ''}`}
                      aria-pressed={on.has(key)}
                      aria-label={label}
                      onClick={() => onChange(toggleSlot(slots, { day, part }))}
                    />
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

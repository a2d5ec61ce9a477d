import { Link } from 'react-router';
import { useSignedIn } from '@/features/Accounts/session';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { dueStatus, formatDateWithWeekday, greetingKey } from '@/lib/format';
import type { RoleGrant } from '@/lib/roles';
import { Badge, Card, EmptyState, ErrorState, Icon, Skeleton, StatusTag } from '@/ui';
import {
  HOME_SOURCES,
  mergeSection,
  sectionText,
  sectionsFor,
  type HomeItem,
  type HomeSection,
  type HomeSourceResult,
  type SectionKey,
} from './sections';

const toneOf = { overdue: 'danger', today: 'warning', soon: 'warning', later: 'neutral' } as const;

function useSections(acting: RoleGrant | undefined): Map<SectionKey, HomeSourceResult> {
  // Every registered source is called on every render (fixed list, so hook order is stable);
  // a source for other roles simply gives no items.
  const bySection = new Map<SectionKey, HomeSourceResult[]>();
  for (const source of HOME_SOURCES) {
    const result = source.useItems(acting);
    if (acting && source.roles.includes(acting.role)) {
      bySection.set(source.section, [...(bySection.get(source.section) ?? []), result]);
    }
  }
  const merged = new Map<SectionKey, HomeSourceResult>();
  for (const [key, results] of bySection) merged.set(key, mergeSection(results));
  return merged;
}

export default function HomePage() {
  usePageTitle(t('home.pageTitle'));
  const { person, acting } = useSignedIn();
  const sections = sectionsFor(acting);
  const data = useSections(acting);
  const now = Date.now();

  return (
    <div className="jm-page">
      <header className="jm-home__header">
        <div>
          <h1>{t(greetingKey(now), { name: person.displayName })}</h1>
          <p className="muted">{t('home.today', { date: formatDateWithWeekday(now) })}</p>
        </div>
        {acting && (
          <StatusTag tone="brand">
            {t('home.scope', { role: t(`roles.${acting.role}`), scope: acting.scopeName })}
          </StatusTag>
        )}
      </header>

      <div className="jm-grid jm-grid--2 jm-home__sections">
        {sections.map((s) => (
          <SectionCard key={s.key} section={s} result={data.get(s.key)} now={now} />
        ))}
      </div>
    </div>
  );
}

function SectionCard({ section, result, now }: { section: HomeSection; result: HomeSourceResult | undefined; now: number }) {
  const items = result?.items ?? [];
  const title = t(sectionText(section.key, 'title'));
  return (
    <Card
      className={`jm-home__section jm-home__section--${section.tone}`}
      aria-busy={result?.fetching || undefined}
      title={
        <>
          <span className={`jm-home__icon jm-home__icon--${section.tone}`} aria-hidden="true">
            <Icon name={section.icon} size={18} />
          </span>
          {title}
          <Badge count={items.length} tone={section.tone === 'danger' ? 'danger' : 'neutral'} label={`${title} ${items.length}`} />
        </>
      }
      description={t(sectionText(section.key, 'description'))}
    >
      {result?.error ? (
        <ErrorState compact message={result.error.message} onRetry={result.refetch} />
      ) : result?.fetching && items.length === 0 ? (
        <Skeleton lines={3} />
      ) : items.length === 0 ? (
        <EmptyState compact icon={section.key === 'overdue' ? 'checkCircle' : 'inbox'} title={t(sectionText(section.key, 'empty'))} />
      ) : (
        <ul className="jm-list">
          {items.slice(0, 5).map((item) => (
            <HomeRow key={item.id} item={item} now={now} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function HomeRow({ item, now }: { item: HomeItem; now: number }) {
  const due = item.due ? dueStatus(item.due, now) : undefined;
  return (
    <li>
      <Link to={item.to} className="jm-list__link">
        <span className="jm-list__main">
          <span className="jm-list__title">{item.title}</span>
          {item.meta && <span className="jm-list__meta">{item.meta}</span>}
        </span>
        {due && <StatusTag tone={toneOf[due.tone]}>{due.label}</StatusTag>}
        <Icon name="chevronRight" size={16} className="jm-list__chevron" />
      </Link>
    </li>
  );
}

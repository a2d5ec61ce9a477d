import { useEffect, useState } from 'react';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { StatusTag } from '@/ui';
import { countdown } from './wishLogic';

/** 剩余 2 天 5 小时 / 已超期 3 小时, refreshed every minute. */
export function CountdownTag({ dueAt }: { dueAt: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  const c = countdown(dueAt, now);
  const text = c.overdue
    ? c.days > 0
      ? t('microWishes.countdown.overdue', { days: c.days, hours: c.hours })
      : t('microWishes.countdown.overdueHours', { hours: c.hours })
    : c.days > 0
      ? t('microWishes.countdown.left', { days: c.days, hours: c.hours })
      : t('microWishes.countdown.leftHours', { hours: c.hours });
  return (
    <span title={formatDateTime(dueAt)}>
      <StatusTag tone={c.tone} dot>
        {text}
      </StatusTag>
    </span>
  );
}

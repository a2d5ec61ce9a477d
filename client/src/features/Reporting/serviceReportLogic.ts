// Pure parts of 双报告: which quarters a picker offers, the quarter a date falls in (China time), the unit's
// totals and the CSV a unit contact downloads.

export interface Quarter {
  year: number;
  quarter: number;
}

/** The quarter of an instant as China sees it (UTC+8, no daylight saving). */
export function quarterOf(at: Date): Quarter {
  const china = new Date(at.getTime() + 8 * 3600_000);
  return { year: china.getUTCFullYear(), quarter: Math.floor(china.getUTCMonth() / 3) + 1 };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** The current quarter and the `count - 1` before it, newest first. */
export function recentQuarters(now: Date, count = 8): Quarter[] {
  const list = [quarterOf(now)];
  while (list.length < count) list.push(previousQuarter(list[list.length - 1]!));
  return list;
}

export const quarterKey = (q: Quarter) => `${q.year}-Q${q.quarter}`;

export function parseQuarterKey(key: string): Quarter | undefined {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : undefined;
}

export interface ServiceRow {
  wishesFulfilled: number;
  volunteerHours: number;
  actionItemsDone: number;
  points: number;
  starsEarned: number;
}

export interface ServiceTotals extends ServiceRow {
  members: number;
  /** Members with any service in the quarter. */
  active: number;
}

/** Sums over the unit's members; hours and points kept to two decimals so 0.1 + 0.2 reads 0.3. */
export function totalsOf(rows: readonly ServiceRow[]): ServiceTotals {
  const sum = (f: (r: ServiceRow) => number) => Math.round(rows.reduce((a, r) => a + f(r), 0) * 100) / 100;
  return {
    members: rows.length,
    active: rows.filter((r) => r.wishesFulfilled > 0 || r.volunteerHours > 0 || r.actionItemsDone > 0 || r.points > 0).length,
    wishesFulfilled: sum((r) => r.wishesFulfilled),
    volunteerHours: sum((r) => r.volunteerHours),
    actionItemsDone: sum((r) => r.actionItemsDone),
    points: sum((r) => r.points),
    starsEarned: sum((r) => r.starsEarned),
  };
}

/** Most service first (points, then hours), then by name, so the table reads as a ranking. */
export function byService<R extends ServiceRow & { name: string }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => b.points - a.points || b.volunteerHours - a.volunteerHours || a.name.localeCompare(b.name, 'zh-CN'));
}

const cell = (v: string | number) => {
  const s = String(v);
  // Quote when a cell holds a separator, a quote or a line break; a leading =+-@ is neutralised for spreadsheets.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 CSV with a BOM so Excel opens the Chinese headers as UTF-8. */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + [headers, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

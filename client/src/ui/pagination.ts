export type PageSlot = number | 'gap';

/**
 * Page numbers to show: always the first and last, the current with `around` neighbours,
 * and 'gap' for what is left out — [1, 'gap', 4, 5, 6, 'gap', 20].
 */
export function pageWindow(current: number, total: number, around = 1): PageSlot[] {
  if (total <= 0) return [];
  const page = Math.min(Math.max(1, current), total);
  const wanted = new Set<number>([1, total]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= total) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: PageSlot[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push('gap');
    out.push(p);
  }
  return out;
}

export function pageCount(totalItems: number, pageSize: number): number {
  return pageSize > 0 ? Math.max(1, Math.ceil(totalItems / pageSize)) : 1;
}

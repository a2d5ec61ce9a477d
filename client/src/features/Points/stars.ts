// 积分换星: every 10 points one star, ten at most a year; grades colour the stars.
export type Grade = 'NONE' | 'RED' | 'SILVER' | 'GOLD';

export const POINTS_PER_STAR = 10;
export const MAX_STARS = 10;

/** Points still needed for the next star (0 when the year's ten stars are reached). */
export function toNextStar(points: number, stars: number): { needed: number; progress: number } {
  if (stars >= MAX_STARS) return { needed: 0, progress: 1 };
  const into = points - stars * POINTS_PER_STAR;
  const clamped = Math.min(Math.max(into, 0), POINTS_PER_STAR);
  return { needed: Math.round((POINTS_PER_STAR - clamped) * 10) / 10, progress: clamped / POINTS_PER_STAR };
}

export function gradeClass(grade: string): string {
  return `jm-grade--${grade.toLowerCase()}`;
}

/** 12.5 → "12.5", 12 → "12" */
export function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/api/errors';
import { SECTIONS } from '@/features/Home/sections';
import { PAGES } from '@/app/pages';
import { ROLES } from '@/lib/roles';
import { interpolate, lookup, t, tryT } from './index';
import { zhCN, type Messages } from './zh-CN';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node === 'string' || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

describe('zh-CN dictionary', () => {
  it('has no empty strings', () => {
    for (const [key, value] of leaves(zhCN)) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
    }
  });

  it('has balanced {placeholders} made of word characters', () => {
    for (const [key, value] of leaves(zhCN)) {
      if (typeof value !== 'string') continue;
      const open = (value.match(/\{/g) ?? []).length;
      const closed = (value.match(/\}/g) ?? []).length;
      expect(open, key).toBe(closed);
      expect(value.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('defines every key a t() call in the source names literally', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const code = stripComments(readFileSync(file, 'utf8'));
      for (const m of code.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
        if (typeof lookup(zhCN as Messages, m[1]!) !== 'string') missing.push(`${relative(SRC, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('covers keys that code builds at run time', () => {
    const dynamic = [
      ...ROLES.flatMap((r) => [`roles.${r}`, `rolesShort.${r}`]),
      ...ERROR_CODES.map((c) => `errors.${c}`),
      'errors.NETWORK',
      'errors.BAD_REQUEST',
      ...SECTIONS.flatMap((s) => ['title', 'description', 'empty'].map((p) => `home.sections.${s.key}.${p}`)),
      ...PAGES.flatMap((p) => (p.nav ? [p.nav.label] : [])),
      ...['connecting', 'reconnecting', 'disconnected', 'connected'].map((s) => `live.${s}`),
    ];
    for (const key of dynamic) expect(tryT(key), key).toBeTypeOf('string');
    expect(zhCN.dates.weekdays).toHaveLength(7);
  });

  it('keeps Chinese text out of code: UI strings live only in i18n/', () => {
    // Parsing helpers (masking's building words) are data, not UI text.
    const allowed = new Set(['lib/mask.ts']);
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const rel = relative(SRC, file).split('\\').join('/');
      if (rel.startsWith('i18n/') || allowed.has(rel)) continue;
      const code = stripComments(readFileSync(file, 'utf8'));
      code.split('\n').forEach((line, i) => {
        if (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});

describe('t()', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('errors.LOCKED_OUT', { minutes: 5 })).toBe('登录失败次数过多，账号已暂时锁定，请 5 分钟后再试。');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('returns the key for a missing entry and undefined from tryT', () => {
    expect(t('nope.missing' as never)).toBe('nope.missing');
    expect(tryT('nope.missing')).toBeUndefined();
    expect(tryT('dates.weekdays')).toBeUndefined();
  });
});

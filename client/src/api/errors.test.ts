import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isSessionLost, mapFieldErrors, toAppError } from './errors';

const gql = (extensions: Record<string, unknown>, message = 'error') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('toAppError', () => {
  it('says each server code in Chinese', () => {
    expect(toAppError(gql({ code: 'FORBIDDEN' })).message).toBe('您没有权限进行此操作。');
    expect(toAppError(gql({ code: 'NOT_FOUND' })).message).toBe('要找的内容不存在，可能已被删除。');
    expect(toAppError(gql({ code: 'INTERNAL' })).message).toBe('服务器出了点问题，请稍后重试。');
    expect(toAppError(gql({ code: 'UNAUTHENTICATED' })).message).toBe('登录已失效，请重新登录。');
  });

  it('treats an unknown code as INTERNAL and never shows the server message', () => {
    const e = toAppError(gql({ code: 'SOMETHING_NEW' }, 'NullReferenceException at Foo.Bar()'));
    expect(e.code).toBe('INTERNAL');
    expect(e.message).not.toContain('NullReference');
  });

  it('maps graphql-http document errors to BAD_REQUEST', () => {
    expect(toAppError(gql({ code: 'GRAPHQL_VALIDATION_FAILED' })).code).toBe('BAD_REQUEST');
  });

  it('recognises a wrong password', () => {
    const e = toAppError(gql({ code: 'UNAUTHENTICATED', reason: 'WRONG_PASSWORD' }));
    expect(e.reason).toBe('WRONG_PASSWORD');
    expect(e.message).toBe('用户名或密码错误。');
  });

  it('tells a locked-out person how many minutes are left, whichever way the server says it', () => {
    const now = Date.parse('2026-03-01T08:00:00Z');
    const cases = [
      { code: 'UNAUTHENTICATED', reason: 'LOCKED_OUT', retryAfterSeconds: 540 },
      { code: 'LOCKED_OUT', retryAfter: '540' },
      { code: 'UNAUTHENTICATED', reason: 'locked', minutesLeft: 9 },
      { code: 'UNAUTHENTICATED', reason: 'LOCKED_OUT', lockedUntil: '2026-03-01T08:08:30Z' },
    ];
    for (const ext of cases) {
      const e = toAppError(gql(ext), now);
      expect(e.reason).toBe('LOCKED_OUT');
      expect(e.message).toBe('登录失败次数过多，账号已暂时锁定，请 9 分钟后再试。');
    }
  });

  it('rounds a lock of a few seconds up to one minute, and words an unknown duration', () => {
    expect(toAppError(gql({ code: 'LOCKED_OUT', retryAfterSeconds: 5 })).message).toContain('请 1 分钟后再试');
    expect(toAppError(gql({ code: 'LOCKED_OUT' })).message).toBe('登录失败次数过多，账号已暂时锁定，请稍后再试。');
  });

  it('words rate limiting with and without a wait', () => {
    expect(toAppError(gql({ code: 'RATE_LIMITED', retryAfterSeconds: 29.5 })).message).toBe('操作过于频繁，请 30 秒后再试。');
    expect(toAppError(gql({ code: 'RATE_LIMITED' })).message).toBe('操作过于频繁，请稍后再试。');
  });

  it('keeps the current version of a conflict so the page can reload and retry', () => {
    const e = toAppError(gql({ code: 'CONFLICT', currentVersion: 7 }));
    expect(e.code).toBe('CONFLICT');
    expect(e.currentVersion).toBe(7);
    expect(e.message).toContain('已被他人修改或认领');
  });

  it("prefers the server's own Chinese sentence for a conflict or a refusal", () => {
    expect(toAppError(gql({ code: 'CONFLICT' }, '该需求已被其他单位认领')).message).toBe('该需求已被其他单位认领');
    expect(toAppError(gql({ code: 'FORBIDDEN' }, '只有本社区书记可以确认认领')).message).toBe('只有本社区书记可以确认认领');
    expect(toAppError(gql({ code: 'FORBIDDEN' }, 'Forbidden')).message).toBe('您没有权限进行此操作。');
  });

  it('maps VALIDATION fields onto form field names', () => {
    const e = toAppError(gql({ code: 'VALIDATION', fields: ['input.title', 'deadline'] }, 'Invalid input'));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe('填写的内容有误，请按提示修改。');
    expect(e.fields).toEqual({ title: '此项填写有误', deadline: '此项填写有误' });
  });

  it('prefers the validation error when several arrive', () => {
    const err = new CombinedError({
      graphQLErrors: [
        new GraphQLError('x', { extensions: { code: 'INTERNAL' } }),
        new GraphQLError('标题不能为空', { extensions: { code: 'VALIDATION', fields: { title: 'REQUIRED' } } }),
      ],
    });
    const e = toAppError(err);
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe('标题不能为空');
    expect(e.fields).toEqual({ title: '此项为必填项' });
  });

  it('says the network is down when no answer came', () => {
    expect(toAppError(new CombinedError({ networkError: new TypeError('Failed to fetch') })).code).toBe('NETWORK');
    expect(toAppError(new TypeError('Failed to fetch')).message).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('reads HTTP statuses without GraphQL errors', () => {
    expect(toAppError({ response: { status: 400 } }).code).toBe('BAD_REQUEST');
    expect(toAppError({ response: { status: 429 } }).code).toBe('RATE_LIMITED');
    expect(toAppError(undefined).code).toBe('INTERNAL');
  });
});

describe('mapFieldErrors', () => {
  it('accepts every shape the server might use', () => {
    expect(mapFieldErrors(['title'])).toEqual({ title: '此项填写有误' });
    expect(mapFieldErrors({ title: 'TOO_LONG' })).toEqual({ title: '内容过长' });
    expect(mapFieldErrors({ 'input.title': '标题最多 50 字' })).toEqual({ title: '标题最多 50 字' });
    expect(mapFieldErrors([{ field: 'phone', code: 'INVALID' }])).toEqual({ phone: '格式不正确' });
    expect(mapFieldErrors([{ path: ['input', 'address'], message: 'bad' }])).toEqual({ address: '此项填写有误' });
    expect(mapFieldErrors([{ name: 'slots', code: 'OUT_OF_RANGE', message: '名额须在 1 到 100 之间' }])).toEqual({
      slots: '名额须在 1 到 100 之间',
    });
    expect(mapFieldErrors({ title: { code: 'REQUIRED' } })).toEqual({ title: '此项为必填项' });
  });

  it('ignores junk', () => {
    expect(mapFieldErrors(undefined)).toEqual({});
    expect(mapFieldErrors('title')).toEqual({});
    expect(mapFieldErrors([null, 3, {}])).toEqual({});
  });
});

describe('isSessionLost', () => {
  it('is true for a plain UNAUTHENTICATED, not for a failed sign-in', () => {
    expect(isSessionLost(gql({ code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isSessionLost(gql({ code: 'UNAUTHENTICATED', reason: 'WRONG_PASSWORD' }))).toBe(false);
    expect(isSessionLost(gql({ code: 'FORBIDDEN' }))).toBe(false);
  });
});

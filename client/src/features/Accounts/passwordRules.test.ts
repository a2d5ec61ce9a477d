import { describe, expect, it } from 'vitest';
import { passwordProblems } from './passwordRules';

describe('passwordProblems', () => {
  it('accepts a good change', () => {
    expect(passwordProblems('old-secret1', 'NewSecret2026', 'NewSecret2026')).toEqual({});
  });
  it('names each problem on its field', () => {
    expect(Object.keys(passwordProblems('', 'short1', 'short1'))).toEqual(['oldPassword', 'newPassword']);
    expect(passwordProblems('a', 'onlyletters', 'onlyletters').newPassword).toBeTruthy();
    expect(passwordProblems('Same12345', 'Same12345', 'Same12345').newPassword).toBeTruthy();
    expect(Object.keys(passwordProblems('a', 'NewSecret2026', 'NewSecret2027'))).toEqual(['repeat']);
  });
});

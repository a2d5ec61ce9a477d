import { describe, expect, it } from 'vitest';
import { contextLabel, fieldsLabel, reasonLabel, sinceInstant, subjectKind, subjectLabel } from './privacyLabels';

describe('privacy audit labels', () => {
  it('names people with and without an account', () => {
    expect(subjectKind('p-123')).toBe('person');
    expect(subjectKind('unit-contact:u1')).toBe('unitContact');
    expect(subjectKind('resident:w1')).toBe('resident');
    expect(subjectLabel({ subjectPersonId: 'p1', subject: { username: 'demo-member', maskedName: '张*华' } })).toBe('张*华（demo-member）');
    expect(subjectLabel({ subjectPersonId: 'unit-contact:u1', subjectUnit: { name: '广州白云康宁医院' } })).toBe('广州白云康宁医院 联系人');
    expect(subjectLabel({ subjectPersonId: 'resident:w1' })).toBe('微心愿居民');
  });
  it('lists fields in a fixed order and keeps unknown words as sent', () => {
    expect(fieldsLabel(['phone', 'name'])).toBe('姓名、手机');
    expect(fieldsLabel(['address', 'idcard'])).toBe('住址、idcard');
    expect(contextLabel('wish-resident')).toBe('微心愿居民信息');
    expect(contextLabel('other')).toBe('other');
    expect(reasonLabel('secretary')).toBe('辖区书记');
  });
  it('reads a picked date as midnight in China', () => {
    expect(sinceInstant('2026-11-21')).toBe('2026-11-20T16:00:00.000Z');
    expect(sinceInstant('')).toBeNull();
  });
});

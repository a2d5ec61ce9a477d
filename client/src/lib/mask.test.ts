import { describe, expect, it } from 'vitest';
import { isMasked, maskAddress, maskEmail, maskName, maskPhone } from './mask';

// The same cases as the server's Masking, so a value looks the same wherever it is masked.
describe('masking for display', () => {
  it('masks phones', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('0951-2012345')).toBe('095*****2345');
    expect(maskPhone('12345')).toBe('***45');
    expect(maskPhone('1')).toBe('1');
    expect(maskPhone('')).toBe('');
    expect(maskPhone(null)).toBe('');
  });

  it('masks names by character', () => {
    expect(maskName('张三华')).toBe('张*华');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳明月')).toBe('欧**月');
    expect(maskName('李')).toBe('李');
    expect(maskName('𠮷野家')).toBe('𠮷*家');
    expect(maskName(undefined)).toBe('');
  });

  it('keeps only the building of an address', () => {
    expect(maskAddress('石井街某某社区3栋2单元501')).toBe('3栋');
    expect(maskAddress('幸福里小区12号楼3单元')).toBe('12号楼');
    expect(maskAddress('光明路A座1203')).toBe('A座');
    expect(maskAddress('五一路十二幢')).toBe('十二幢');
    expect(maskAddress('光明路88号')).toBe('****');
    expect(maskAddress('   ')).toBe('');
  });

  it('masks emails', () => {
    expect(maskEmail('zhangsan@example.com')).toBe('z***@example.com');
    expect(maskEmail('nobody')).toBe('****');
    expect(maskEmail('')).toBe('');
  });

  it('recognises a value that arrived masked', () => {
    expect(isMasked('138****1234')).toBe(true);
    expect(isMasked('张*华')).toBe(true);
    expect(isMasked('张三华')).toBe(false);
    expect(isMasked(null)).toBe(false);
  });
});

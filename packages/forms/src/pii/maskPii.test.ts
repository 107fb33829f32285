import { describe, expect, it } from 'vitest';
import { maskPii } from './maskPii';

describe('maskPii', () => {
  it('shows only the last 4 characters of an ID number', () => {
    expect(maskPii('idcard', '11010519491231002X')).toBe('**************002X');
    expect(maskPii('idcard', '123')).toBe('***');
  });

  it('shows the first 3 and last 4 digits of a phone number, keeping separators', () => {
    expect(maskPii('phone', '13800138000')).toBe('138****8000');
    expect(maskPii('phone', '010-62345678')).toBe('010-****5678');
    expect(maskPii('phone', '0571-8765432转801')).toBe('057*-***5432转801');
    expect(maskPii('phone', '010-62345678-801')).toBe('010-****5678-801');
    expect(maskPii('phone', '12345')).toBe('*****');
  });

  it('keeps the surname, and the last character of longer names', () => {
    expect(maskPii('name', '张三')).toBe('张*');
    expect(maskPii('name', '张小三')).toBe('张*三');
    expect(maskPii('name', '欧阳小明')).toBe('欧**明');
    expect(maskPii('name', '李')).toBe('*');
    expect(maskPii('name', '𠀀三')).toBe('𠀀*');
  });

  it('keeps an address up to its district or county', () => {
    expect(maskPii('address', '浙江省杭州市西湖区文三路100号')).toBe('浙江省杭州市西湖区****');
    expect(maskPii('address', '广西壮族自治区南宁市青秀区民族大道1号')).toBe(
      '广西壮族自治区南宁市青秀区****',
    );
    expect(maskPii('address', '河北省正定县常山路8号')).toBe('河北省正定县****');
    expect(maskPii('address', '东莞市南城街道8号')).toBe('东莞市****');
    expect(maskPii('address', '幸福村三组12号')).toBe('幸福****');
  });
});

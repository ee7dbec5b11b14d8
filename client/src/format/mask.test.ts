import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, maskReporter } from './mask';

describe('mask', () => {
  it('keeps the first character of a name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李**');
    expect(maskName('')).toBe('');
  });

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13912341234')).toBe('139****1234');
    expect(maskPhone('+86 139-1234-1234')).toBe('139****1234');
    expect(maskPhone('12345')).toBe('***45');
  });

  it('masks a reporter as name and phone, and shows device ids as they are', () => {
    expect(maskReporter({ name: '张伟', phone: '13912341234' })).toBe('张** 139****1234');
    expect(maskReporter({ id: 'CAM012' })).toBe('CAM012');
    expect(maskReporter(undefined)).toBe('');
  });
});

import {
  province,
  type Province,
  invalid,
  object,
  optionalTextOfAnyLength,
  requiredTextOfAnyLength,
  valid,
  type Validated,
} from '@imp/domain-kernel';

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  province: Province;
  /** `A1A 1A1`: upper case, one space. */
  postalCode: string;
}

// Canada Post never uses D, F, I, O, Q or U, nor W or Z as the first letter.
const POSTAL_CODE = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(\d[ABCEGHJ-NPRSTV-Z]\d)$/;

export function postalCode(input: unknown): Validated<string> {
  const compact = typeof input === 'string' ? input.replace(/\s+/g, '').toUpperCase() : '';
  const match = POSTAL_CODE.exec(compact);
  return match ? valid(`${match[1]} ${match[2]}`) : invalid('must be a Canadian postal code (A1A 1A1)');
}

export function address(input: unknown): Validated<Address> {
  return object(input, (a) => ({
    line1: requiredTextOfAnyLength(a.line1),
    line2: optionalTextOfAnyLength(a.line2),
    city: requiredTextOfAnyLength(a.city),
    province: province(a.province),
    postalCode: postalCode(a.postalCode),
  }));
}

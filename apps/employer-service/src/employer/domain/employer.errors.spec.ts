import { IllegalStateError } from '@imp/domain-kernel';
import { DuplicateBusinessNumber } from './employer.errors';

describe('DuplicateBusinessNumber', () => {
  it('is a 409 conflict with a stable code, keyed to the business number field', () => {
    const error = new DuplicateBusinessNumber('123456789');
    expect(error).toBeInstanceOf(IllegalStateError);
    expect(error).toMatchObject({
      kind: 'conflict',
      code: 'employer.business-number-taken',
      name: 'DuplicateBusinessNumber',
      fieldErrors: { businessNumber: ['is already enrolled'] },
    });
    expect(error.message).toContain('123456789');
  });
});

import { IllegalStateError, InvalidInputError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { employerDecider } from './employer.decider';
import { enrol, enrolled, enrolmentInput } from './testing/employer.fixtures';

const spec = specification(employerDecider);

const refusedFields = (command: ReturnType<typeof enrol>) =>
  spec.given().when(command).thenFails(InvalidInputError, { code: 'employer.invalid-input' }).fieldErrors;

describe('EnrolEmployer', () => {
  it('enrols the employer with BN, names, addresses, phones and emails normalised', () => {
    spec.given().when(enrol()).then(enrolled());
  });

  it('enrols an employer without a second address line or a contact title', () => {
    const contact = { name: 'Ada Tremblay', email: 'ada@maple-robotics.ca', phone: '6135550101' };
    spec
      .given()
      .when(
        enrol({ primaryContact: contact, mailingAddress: { ...enrolmentInput.mailingAddress, line2: '  ' } }),
      )
      .thenState((state) => {
        expect(state.status).toBe('ACTIVE');
        if (state.status === 'NOT_ENROLLED') return;
        expect(state.profile.primaryContact).not.toHaveProperty('title');
        expect(state.profile.mailingAddress).not.toHaveProperty('line2');
      });
  });

  it('makes the employer ACTIVE with a clean record', () => {
    spec
      .given()
      .when(enrol())
      .thenState((state) => expect(state).toMatchObject({ status: 'ACTIVE', ineligibilities: [] }));
  });

  it('refuses to enrol an employer that is already enrolled', () => {
    spec.given(enrolled()).when(enrol()).thenFails(IllegalStateError, { code: 'employer.already-enrolled' });
  });

  it.each(['12345678', '1234567890', '12345678A', '123 456 789', '123456789 RP 0001', ''])(
    'refuses the business number "%s", which is not exactly 9 digits',
    (businessNumber) => {
      expect(refusedFields(enrol({ businessNumber }))).toEqual({
        businessNumber: ['must be exactly 9 digits'],
      });
    },
  );

  it.each(['legalName', 'operatingName', 'employerId'] as const)('requires %s', (field) => {
    expect(refusedFields(enrol({ [field]: '   ' }))).toEqual({ [field]: ['is required'] });
  });

  it('refuses a business type outside the list', () => {
    expect(refusedFields(enrol({ businessType: 'LLC' }))).toEqual({
      businessType: ['must be one of CORPORATION, SOLE_PROPRIETORSHIP, PARTNERSHIP, NON_PROFIT, OTHER'],
    });
  });

  it('keys address errors by their path', () => {
    const fieldErrors = refusedFields(
      enrol({
        physicalAddress: { line1: '', city: 'Ottawa', province: 'XX', postalCode: '12345' },
        mailingAddress: { ...enrolmentInput.mailingAddress, postalCode: 'W1A 0B1' },
      }),
    );
    expect(fieldErrors).toEqual({
      'physicalAddress.line1': ['is required'],
      'physicalAddress.province': [expect.stringMatching(/^must be a province or territory code/)],
      'physicalAddress.postalCode': ['must be a Canadian postal code (A1A 1A1)'],
      'mailingAddress.postalCode': ['must be a Canadian postal code (A1A 1A1)'],
    });
  });

  it('reports a missing address as one error', () => {
    const command = enrol();
    delete (command.data as Partial<typeof command.data>).mailingAddress;
    expect(refusedFields(command)).toEqual({ mailingAddress: ['is required'] });
  });

  it('refuses phone numbers that are neither North American nor E.164', () => {
    expect(refusedFields(enrol({ phone: '555-0100' }))).toEqual({
      phone: [expect.stringMatching(/^must be a 10-digit North American number/)],
    });
  });

  it('keys primary contact errors by their path', () => {
    expect(refusedFields(enrol({ primaryContact: { name: '', email: 'ada@', phone: '123' } }))).toEqual({
      'primaryContact.name': ['is required'],
      'primaryContact.email': ['must be an email address'],
      'primaryContact.phone': [expect.stringMatching(/^must be a 10-digit North American number/)],
    });
  });

  it('lists every invalid field in one refusal, and names them in the message', () => {
    const error = spec
      .given()
      .when(enrol({ businessNumber: '1', email: 'nope', legalName: '' }))
      .thenFails(InvalidInputError, {
        message: /businessNumber must be exactly 9 digits; legalName is required; email/,
      });
    expect(Object.keys(error.fieldErrors)).toEqual(['businessNumber', 'legalName', 'email']);
  });
});

import { BusinessRuleError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { employerDecider } from './employer.decider';
import {
  declaredIneligible,
  detailsUpdated,
  enrolled,
  permanentBan,
  profile,
  updateDetails,
} from './testing/employer.fixtures';

const spec = specification(employerDecider);

const newAddress = {
  line1: '1 Rue Sainte-Catherine',
  city: 'Montréal',
  province: 'QC',
  postalCode: 'h3b 1a7',
};

describe('UpdateEmployerDetails', () => {
  it('records only the fields that changed, normalised', () => {
    spec
      .given(enrolled())
      .when(updateDetails({ phone: '+1 613 555 0199', email: profile.email, physicalAddress: newAddress }))
      .then(
        detailsUpdated({
          phone: '+16135550199',
          physicalAddress: { ...newAddress, province: 'QC', postalCode: 'H3B 1A7' },
        }),
      );
  });

  it('replaces the primary contact as a whole', () => {
    const primaryContact = { name: 'Luc Gagnon', email: 'luc@maple-robotics.ca', phone: '6135550102' };
    spec
      .given(enrolled())
      .when(updateDetails({ primaryContact }))
      .then(detailsUpdated({ primaryContact: { ...primaryContact, phone: '+16135550102' } }));
  });

  it('applies the changes to the profile', () => {
    spec
      .given(enrolled())
      .when(updateDetails({ email: 'jobs@maple-robotics.ca' }))
      .thenState((state) =>
        expect(state).toMatchObject({ profile: { ...profile, email: 'jobs@maple-robotics.ca' } }),
      );
  });

  it('records nothing when every value is the same once normalised', () => {
    spec
      .given(enrolled())
      .when(
        updateDetails({
          phone: '613-555-0100',
          email: ' Hiring@MAPLE-ROBOTICS.ca ',
          mailingAddress: { line1: 'PO Box 12', city: 'Ottawa', province: 'on', postalCode: 'k1p5g4' },
        }),
      )
      .then();
  });

  it('records nothing for an empty update', () => {
    spec.given(enrolled()).when(updateDetails({})).then();
  });

  it('accepts the locked fields sent back unchanged', () => {
    spec
      .given(enrolled())
      .when(
        updateDetails({
          businessNumber: '123456789',
          legalName: ' Maple Robotics Inc.',
          operatingName: 'Maple Robotics',
          phone: '6135550199',
        }),
      )
      .then(detailsUpdated({ phone: '+16135550199' }));
  });

  it.each([
    ['businessNumber', '987654321'],
    ['legalName', 'Maple Robotics Ltd.'],
    ['operatingName', 'Maple'],
  ] as const)('refuses to change %s after enrolment', (field, value) => {
    const error = spec
      .given(enrolled())
      .when(updateDetails({ [field]: value, phone: '6135550199' }))
      .thenFails(BusinessRuleError, { code: 'employer.locked-field' });
    expect(error.fieldErrors).toEqual({ [field]: ['cannot change after enrolment'] });
  });

  it('names every locked field the command tries to change', () => {
    spec
      .given(enrolled())
      .when(updateDetails({ legalName: 'Other Inc.', operatingName: 'Other' }))
      .thenFails(BusinessRuleError, { message: /^legalName, operatingName cannot change after enrolment$/ });
  });

  it('validates the new details as at enrolment, keyed by path', () => {
    const error = spec
      .given(enrolled())
      .when(updateDetails({ email: 'nope', mailingAddress: { ...newAddress, postalCode: 'ABC' } }))
      .thenFails(InvalidInputError, { code: 'employer.invalid-input' });
    expect(error.fieldErrors).toEqual({
      'mailingAddress.postalCode': ['must be a Canadian postal code (A1A 1A1)'],
      email: ['must be an email address'],
    });
  });

  it('refuses to clear a required detail', () => {
    const error = spec
      .given(enrolled())
      .when(updateDetails({ phone: '' }))
      .thenFails(InvalidInputError, { code: 'employer.invalid-input' });
    expect(Object.keys(error.fieldErrors)).toEqual(['phone']);
  });

  it('still lets an ineligible employer keep its contact details current', () => {
    spec
      .given(enrolled(), declaredIneligible(permanentBan))
      .when(updateDetails({ phone: '6135550199' }))
      .then(detailsUpdated({ phone: '+16135550199' }));
  });

  it('refuses an employer that has not enrolled', () => {
    spec
      .given()
      .when(updateDetails({ phone: '6135550199' }))
      .thenFails(NotFoundError, { code: 'employer.not-found' });
  });
});

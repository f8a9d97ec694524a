import { randomInt } from 'node:crypto';

/** A business number no other test uses, since the employer id follows from it. */
export const uniqueBusinessNumber = () => String(randomInt(100_000_000, 1_000_000_000));

export const today = () => new Date().toISOString().slice(0, 10);

export const enrolment = (businessNumber = uniqueBusinessNumber()) => ({
  businessNumber,
  legalName: 'Maple Robotics Inc.',
  operatingName: 'Maple Robotics',
  businessType: 'CORPORATION',
  physicalAddress: { line1: '100 Queen St', city: 'Ottawa', province: 'ON', postalCode: 'K1A 0B1' },
  mailingAddress: { line1: 'PO Box 12', city: 'Ottawa', province: 'ON', postalCode: 'K1P 5G4' },
  phone: '(613) 555-0100',
  email: 'hiring@maple-robotics.ca',
  primaryContact: { name: 'Ada Tremblay', email: 'ada@maple-robotics.ca', phone: '613.555.0101' },
});

export const unpaidPenalty = (reference = `AMP-${randomInt(1_000_000)}`) => ({
  reason: 'UNPAID_PENALTY',
  reference,
  effectiveFrom: today(),
});

export const job = {
  title: 'Robotics engineer',
  nocCode: '21301',
  duties: 'Design and test the control software of warehouse robots.',
  hoursPerWeek: 37.5,
  wage: { amount: 52.5, currency: 'CAD', unit: 'HOUR' },
  workLocations: [{ city: 'Ottawa', province: 'ON' }],
  startDate: '2026-09-01',
  durationMonths: 24,
};

export const candidate = {
  familyName: 'Okafor',
  givenNames: 'Chiamaka Ada',
  dateOfBirth: '1990-07-14',
  countryOfBirth: 'NGA',
  citizenship: 'NGA',
  passportNumber: 'A01234567',
  passportExpiry: '2031-05-30',
};

export const draft = (employerId: string) => ({ employerId, exemptionCode: 'C10', job, candidate });

export const complianceFee = { amount: 230, currency: 'CAD', paymentReference: 'PAY-7781' };

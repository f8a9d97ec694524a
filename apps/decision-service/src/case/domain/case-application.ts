/** The application as the case received it from ApplicationSubmitted. */

export const PLACES_OF_APPLICATION = ['OUTSIDE_CANADA', 'INSIDE_CANADA', 'PORT_OF_ENTRY'] as const;
export type PlaceOfApplication = (typeof PLACES_OF_APPLICATION)[number];

/** The person exactly as on the passport, compared field by field with the offer's candidate. */
export interface PassportHolder {
  familyName: string;
  givenNames: string;
  dateOfBirth: string;
  /** ISO 3166-1 alpha-3 */
  citizenship: string;
  passportNumber: string;
}

export interface CaseApplicant extends PassportHolder {
  countryOfBirth?: string;
  /** The permit's validity may never pass it (R52). */
  passportExpiry: string;
  uci?: string;
}

export interface CaseApplication {
  caseId: string;
  applicationId: string;
  applicationNumber: string;
  /** As quoted by the applicant: the offer may not be known yet, or ever. */
  offerNumber: string;
  applicant: CaseApplicant;
  placeOfApplication: PlaceOfApplication;
  /** Rule R200(3)(f.1) compares it with the offer's submission and fee payment. */
  receivedAt: string;
}

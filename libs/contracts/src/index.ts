export * from './topics';
export * from './envelope';
export * from './contract';
export * from './registry';
export { isPlainObject, findProblems, type DtoClass } from './validation/validate-dto';
export * from './validation/formats';

export * from './employer/employer-enrolled.v1';
export * from './employer/employer-details-updated.v1';
export * from './employer/employer-declared-ineligible.v1';
export * from './employer/employer-reinstated.v1';

export * from './shared/passport-holder.v1';

export * from './offer/offer-submitted.v1';
export * from './offer/offer-submitted.v2';
export * from './offer/offer-submitted.v1-to-v2';
export * from './offer/offer-withdrawn.v1';
export * from './offer/offer-consumed.v1';
export * from './offer/offer-compliance-fee-refunded.v1';

export * from './application/application-submitted.v1';
export * from './application/application-documents-added.v1';
export * from './application/application-withdrawn.v1';

export * from './decision/case-opened.v1';
export * from './decision/information-requested.v1';
export * from './decision/application-approved.v1';
export * from './decision/application-refused.v1';
export * from './decision/port-of-entry-outcome-recorded.v1';
export * from './decision/case-flagged.v1';

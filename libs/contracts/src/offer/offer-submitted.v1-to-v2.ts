import { defineUpcaster } from '../contract';
import { OfferSubmittedV1, type OfferSubmittedV1Data } from './offer-submitted.v1';
import { OfferSubmittedV2, type OfferSubmittedV2Data } from './offer-submitted.v2';

/** v1 knew no exemption reason nor passport expiry, so both stay absent rather than invented. */
export const offerSubmittedV1ToV2 = defineUpcaster({
  from: OfferSubmittedV1,
  to: OfferSubmittedV2,
  upcast: ({ feePaidAt, feeExempt, ...unchanged }: OfferSubmittedV1Data): OfferSubmittedV2Data => ({
    ...unchanged,
    // A valid v1 has feePaidAt null exactly when exempt; testing both also narrows feePaidAt to a string.
    fee: feeExempt || feePaidAt === null ? { status: 'EXEMPT' } : { status: 'PAID', paidAt: feePaidAt },
  }),
});

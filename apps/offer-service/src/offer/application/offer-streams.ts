export const OFFER_STREAM_PREFIX = 'offer-';

export const offerStream = (offerId: string) => `${OFFER_STREAM_PREFIX}${offerId}`;

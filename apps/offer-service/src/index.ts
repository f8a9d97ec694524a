export { OFFER_SERVICE, prepareOfferService } from './offer-service';

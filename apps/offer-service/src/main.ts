import 'reflect-metadata';
import { runServiceProcess } from '@imp/service-kit';
import { OFFER_SERVICE, prepareOfferService } from './offer-service';

runServiceProcess({ ...OFFER_SERVICE, prepare: prepareOfferService });

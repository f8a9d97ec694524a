import { NotFoundError } from '@imp/domain-kernel';
import { AggregateGateway, toHistoryEntry } from '@imp/service-kit';
import { offerDecider, offerNotFound } from '../domain';
import type { OfferFilter, OfferSummaries } from '../projections/offer-summaries';
import type { EmployerDirectory } from './employer-directory';
import { offerStream } from './offer-streams';
import { offerView } from './offer-view';

const noOfferNumbered = (offerNumber: string) =>
  new NotFoundError('offer.number-not-found', `No offer was submitted under the number ${offerNumber}`);

/** Reads: one offer from its stream (always current), lists and numbers from the read model. */
export class OfferQueries {
  constructor(
    private readonly aggregates: AggregateGateway,
    private readonly summaries: OfferSummaries,
    private readonly employers: EmployerDirectory,
  ) {}

  /** With the employer's standing as this service sees it now, so a client can tell why a submission would fail. */
  async byId(offerId: string, now: string) {
    const { state, revision } = await this.aggregates.load(offerDecider, offerStream(offerId));
    if (state.status === 'NOT_DRAFTED') throw offerNotFound();
    const employer = await this.employers.standingOf(state.offer.employerId, now);
    return { ...offerView(state, revision), employer };
  }

  async history(offerId: string) {
    const events = await this.aggregates.store.readStream(offerStream(offerId));
    if (events.length === 0) throw offerNotFound();
    return { offerId, events: events.map(toHistoryEntry) };
  }

  async list(filter: OfferFilter) {
    const summaries = await this.summaries.list(filter);
    return summaries.map(({ state, revision }) => offerView(state, revision));
  }

  async byNumber(offerNumber: string) {
    const summary = await this.summaries.byNumber(offerNumber);
    if (!summary) throw noOfferNumbered(offerNumber);
    return offerView(summary.state, summary.revision);
  }
}

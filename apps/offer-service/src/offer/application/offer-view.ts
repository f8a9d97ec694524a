import type { OfferState } from '../domain';

export type DraftedOffer = Exclude<OfferState, { status: 'NOT_DRAFTED' }>;

/** The offer's details with its progress beside them (fee, submission, withdrawal, consumption, refund). */
export function offerView(state: DraftedOffer, revision: bigint) {
  const { offer, ...progress } = state;
  const offerNumber = 'submission' in state && state.submission ? state.submission.offerNumber : null;
  return { ...offer, ...progress, offerNumber, revision: Number(revision) };
}

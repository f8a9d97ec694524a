import { decodeEnvelope, encodeEnvelope } from '../envelope';
import { parseIntegrationEvent } from '../registry';
import { offerSubmittedV1, offerSubmittedV2, sampleEnvelope } from '../testing/samples';
import { findProblems } from '../validation/validate-dto';
import { OfferSubmittedV1, type OfferSubmittedV1Data } from './offer-submitted.v1';
import { offerSubmittedV1ToV2 } from './offer-submitted.v1-to-v2';
import { OfferSubmittedV2 } from './offer-submitted.v2';

/** What a v1 message on the topic looks like once read: through JSON, as a consumer gets it. */
function readFromTopic(data: object, version: number) {
  const { type } = OfferSubmittedV1;
  return parseIntegrationEvent(decodeEnvelope(encodeEnvelope(sampleEnvelope({ type, version }, { data }))));
}

const { feePaidAt, feeExempt: _feeExempt, ...unchangedByV2 } = offerSubmittedV1;

describe('Upcasting OfferSubmitted v1 to v2', () => {
  it('turns a paid fee into fee { status: PAID, paidAt } and yields a valid v2', () => {
    const given: OfferSubmittedV1Data = offerSubmittedV1;

    const upcast = offerSubmittedV1ToV2.upcast(given, sampleEnvelope(OfferSubmittedV1, { data: given }));

    expect(upcast).toEqual({ ...unchangedByV2, fee: { status: 'PAID', paidAt: feePaidAt } });
    expect(findProblems(OfferSubmittedV2.dto, upcast, 'data')).toEqual([]);
  });

  it('turns an exempt fee into fee { status: EXEMPT } without inventing a reason', () => {
    const given: OfferSubmittedV1Data = { ...offerSubmittedV1, feePaidAt: null, feeExempt: true };

    const upcast = offerSubmittedV1ToV2.upcast(given, sampleEnvelope(OfferSubmittedV1, { data: given }));

    expect(upcast).toEqual({ ...unchangedByV2, fee: { status: 'EXEMPT' } });
    expect(findProblems(OfferSubmittedV2.dto, upcast, 'data')).toEqual([]);
  });

  it('for the old structure is forward compatible: a v1 message still parses, as v2', () => {
    const result = readFromTopic(offerSubmittedV1, 1);

    expect(result).toMatchObject({ ok: true, event: { type: 'OfferSubmitted', version: 2 } });
    expect(result.ok && result.event.data).toEqual({
      ...unchangedByV2,
      fee: { status: 'PAID', paidAt: feePaidAt },
    });
  });

  it('for the new structure is compatible: a v2 message parses unchanged', () => {
    const result = readFromTopic(offerSubmittedV2, 2);

    expect(result).toMatchObject({ ok: true, event: { version: 2, data: offerSubmittedV2 } });
  });

  it('refuses a broken v1 with the v1 reason, before upcasting', () => {
    const result = readFromTopic({ ...offerSubmittedV1, feePaidAt: null }, 1);

    expect(result).toEqual({
      ok: false,
      reason: 'OfferSubmitted v1: data.feeExempt must be true exactly when feePaidAt is null',
    });
  });

  it('refuses v1 fields sent under version 2', () => {
    const result = readFromTopic(offerSubmittedV1, 2);

    expect(result).toEqual({
      ok: false,
      reason:
        'OfferSubmitted v2: data.feePaidAt should not exist; data.feeExempt should not exist; data.fee is required',
    });
  });
});

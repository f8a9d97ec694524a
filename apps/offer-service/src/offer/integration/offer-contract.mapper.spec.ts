import { decodeEnvelope, parseIntegrationEvent } from '@imp/contracts';
import type { RecordedEvent } from '@imp/event-store';
import { toIntegrationMessage } from '@imp/messaging';
import type { OfferEvent } from '../domain';
import {
  consumed,
  drafted,
  draftUpdated,
  exemptionClaimed,
  feeExemption,
  feePaid,
  feeRefunded,
  offer,
  offerId,
  paidFee,
  submitted,
  withdrawn,
} from '../domain/testing/offer.fixtures';
import { offerContractOf } from './offer-contract.mapper';

function recorded(event: OfferEvent, revision = 0n): RecordedEvent {
  return {
    id: '5b0f6a1e-8c2d-4f3a-9b7e-1d2c3b4a5f60',
    type: event.type,
    version: 1,
    data: event.data,
    occurredAt: '2025-01-11T09:00:00.000Z',
    recordedAt: '2025-01-11T09:00:00.012Z',
    metadata: { correlationId: 'req-1', causationId: 'req-1', actor: { id: 'user-7', role: 'employer' } },
    streamId: `offer-${offerId}`,
    revision,
    position: { commit: 1n, prepare: 1n },
    hash: 'f'.repeat(64),
  };
}

/** As a consumer reads it off the topic: envelope, headers and all. */
function published(event: OfferEvent) {
  const contract = offerContractOf(recorded(event));
  if (!contract) throw new Error(`${event.type} is not published`);
  const message = toIntegrationMessage(recorded(event), contract);
  return { key: message.key, parsed: parseIntegrationEvent(decodeEnvelope(message.value, message.headers)) };
}

describe('offer events on imp.offer.v1', () => {
  it.each([
    ['OfferSubmitted with a paid fee', submitted(paidFee)],
    ['OfferSubmitted with an exempt fee', submitted(feeExemption)],
    ['OfferWithdrawn after submission', withdrawn(true)],
    ['OfferWithdrawn as a draft', withdrawn(false)],
    ['OfferConsumed on an approval', consumed('APPROVED')],
    ['OfferConsumed on a refusal', consumed('REFUSED')],
    ['OfferComplianceFeeRefunded', feeRefunded()],
  ])('%s passes its contract, keyed by the offer id', (_, event) => {
    const { key, parsed } = published(event);

    expect(parsed).toMatchObject({ ok: true, event: { type: event.type } });
    expect(key).toBe(offerId);
  });

  it('publishes OfferSubmitted as v2 with the fee as it stood and the candidate as on the passport', () => {
    const { parsed } = published(submitted(paidFee));

    expect(parsed.ok && parsed.event).toMatchObject({ type: 'OfferSubmitted', version: 2 });
    expect(parsed.ok && parsed.event.data).toEqual({
      offerId,
      employerId: offer.employerId,
      offerNumber: 'A1234567',
      exemptionCode: 'C10',
      submittedAt: '2025-01-11T09:00:00.000Z',
      fee: { status: 'PAID', paidAt: paidFee.paidAt },
      candidate: {
        familyName: 'Okafor',
        givenNames: 'Chiamaka Ada',
        dateOfBirth: '1990-07-14',
        citizenship: 'NGA',
        passportNumber: 'A01234567',
        passportExpiry: '2031-05-30',
      },
      job: {
        title: 'Robotics engineer',
        nocCode: '21301',
        workLocations: [
          { city: 'Ottawa', province: 'ON' },
          { city: 'Gatineau', province: 'QC' },
        ],
      },
    });
  });

  it('gives an exempt fee its reason', () => {
    const { parsed } = published(submitted(feeExemption));

    expect(parsed.ok && parsed.event.data).toMatchObject({
      fee: { status: 'EXEMPT', exemptionReason: feeExemption.reason },
    });
  });

  it('withdraws a draft with no offer number', () => {
    const { parsed } = published(withdrawn(false));

    expect(parsed.ok && parsed.event.data).toMatchObject({ offerId, offerNumber: null });
  });

  it('publishes a stateless candidate as the passport shows them (XXA), which the domain accepts', () => {
    const event = submitted(paidFee);
    const stateless = {
      ...event,
      data: { ...event.data, candidate: { ...offer.candidate, citizenship: 'XXA' } },
    };

    expect(published(stateless).parsed).toMatchObject({ ok: true });
  });

  it.each([drafted(), draftUpdated({ exemptionCode: 'T36' }), feePaid(), exemptionClaimed()])(
    'keeps $type internal',
    (event) => {
      expect(offerContractOf(recorded(event))).toBeNull();
    },
  );
});

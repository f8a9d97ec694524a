import type { EventStore } from '../event-store.port';
import type { ContractContext } from './contract/contract-context';
import { describeExpectedRevisionContract } from './contract/expected-revision.contract';
import { describeIntegrityContract } from './contract/integrity.contract';
import { describeInvalidAppendContract } from './contract/invalid-append.contract';
import { describeReadAllContract } from './contract/read-all.contract';
import { describeReadStreamContract } from './contract/read-stream.contract';
import { describeSubscriptionContract } from './contract/subscription.contract';

export interface ContractStore {
  store: EventStore;
  dispose: () => Promise<void>;
}

/**
 * The behaviour every EventStore adapter must show. The store is shared by all tests of the suite, which
 * use fresh stream ids and never assume the global log holds only their events.
 */
export function describeEventStoreContract(
  adapterName: string,
  createStore: () => Promise<ContractStore>,
): void {
  describe(`${adapterName} event store contract`, () => {
    let created: ContractStore | undefined;
    const context: ContractContext = {
      store: () => {
        if (!created) throw new Error(`The ${adapterName} store was not created: see the beforeAll failure`);
        return created.store;
      },
    };

    beforeAll(async () => {
      created = await createStore();
    });
    afterAll(async () => {
      await created?.dispose();
    });

    describeReadStreamContract(context);
    describeExpectedRevisionContract(context);
    describeInvalidAppendContract(context);
    describeReadAllContract(context);
    describeSubscriptionContract(context);
    describeIntegrityContract(context);
  });
}

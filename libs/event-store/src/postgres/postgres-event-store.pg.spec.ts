import { describeEventStoreContract } from '../testing/event-store.contract';
import { createTestStore } from './testing/test-stores';

describeEventStoreContract('PostgreSQL (pg)', () => createTestStore('pg'));

export * from './transport';
export * from './in-process-transport';
export * from './kafka-transport';
export * from './sql';
export * from './outbox-relay';
export * from './integration-consumer';
export * from './messaging-metrics';

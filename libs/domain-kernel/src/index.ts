export * from './decider';
export * from './domain-error';
export * from './command-handling';
export * from './validation/validated';
export * from './iso-date';
export * from './same-value';
export * from './canadian-provinces';

export * from './specification';
export * from './infrastructure';
export * from './free-port';
export * from './scratch-database';
export * from './service-process';
export * from './http-client';

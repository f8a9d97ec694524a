export * from './specification';
export * from './infrastructure';

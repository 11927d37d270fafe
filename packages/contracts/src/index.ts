// First, so every schema below is built with the plain messages configured.
export * from './messages';
export * from './route';
export * from './common';
export * from './permissions';
export * from './auth';
export * from './staff';
export * from './audit';
export * from './cases';
export * from './queue';
export * from './zoned-time';
export * from './text';
export * from './cursor';
export * from './content';
export * from './evidence';
export * from './evidence-analysis';
export * from './evidence-export';
export * from './case-words';

export * from './route';
export * from './common';
export * from './permissions';
export * from './auth';
export * from './staff';
export * from './audit';
export * from './cases';
export * from './zoned-time';

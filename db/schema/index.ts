export * from './enums';
export * from './organizations';
export * from './users';
export * from './products';
export * from './submissions';
export * from './certificates';
export * from './log';
export * from './operators';

export * from './errors.ts';
export * from './result.ts';
export * from './methods.ts';
export * from './validate.ts';
export * from './schemas/codes.ts';
export * from './schemas/entities.ts';

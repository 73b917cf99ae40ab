export * from './errors.ts';
export * from './result.ts';
export * from './methods.ts';
export * from './validate.ts';
export * from './schemas/codes.ts';
export * from './schemas/entities.ts';
export * from './schemas/approvedCopy.ts';
export * from './schemas/meetingDetail.ts';
export * from './schemas/protocol.ts';
export * from './schemas/documents.ts';
export * from './schemas/followUps.ts';
export * from './schemas/registers.ts';
// Dashboard and committee report
export * from './schemas/dashboard.ts';
export * from './schemas/search.ts';

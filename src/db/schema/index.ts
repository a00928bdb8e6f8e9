export * from './audit';
export * from './catalog';
export * from './users';
export * from './participants';
export * from './placements';
export * from './console';

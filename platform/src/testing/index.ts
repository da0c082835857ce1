export * from './backends.js';
export * from './captured-logs.js';

export * from './audio-fixtures.js';
export * from './backends.js';

export * from './audio-fixtures.js';
export * from './backends.js';
export * from './captured-logs.js';
export * from './ffmpeg-tools.js';
export * from './format-fixtures.js';
export * from './test-database.js';

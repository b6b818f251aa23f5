export { ConfigError } from './errors.js';
export { EXAMPLE_SECRETS } from './example-secrets.js';
export { type LoadedConfig, type LoadOptions, loadConfig } from './load.js';
export { keyspaceName, parseMapping } from './mapping.js';
export { demoDataDir, projectDataDir, projectRoot } from './paths.js';
export { MIN_SECRET_BYTES } from './secret.js';
export { SETTINGS, type SettingSpec } from './settings.js';
export type * from './types.js';

/** A setting that is missing, malformed or not allowed in the current mode. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';

  /** The setting's environment name, or its path in the configuration file. */
  readonly setting: string;

  constructor(setting: string, message: string) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
    this.setting = setting;
  }
}

import type { RequestLoaders } from '../loaders/request-loaders.js';
import type { GatewaySources } from '../loaders/sources.js';
import type { LimitSettings } from '../src/config/index.js';
import type { Session } from './session.js';

/** What every resolver of one request sees. */
export interface GatewayContext {
  /** This request's loaders: nothing they hold outlives it. */
  loaders: RequestLoaders;
  /** The process-wide sources: configured currencies and which keyspaces exist. */
  sources: GatewaySources;
  limits: LimitSettings;
  /** The request's login: its token's user, checked on first use, and logins and logouts. */
  session: Session;
}

import { DEMO_USERNAME, type DemoUser } from './demo-user.js';

/** The currency and address the demo's examples ask about (the test chain's). */
export const DEMO_CURRENCY = 'btc';
export const DEMO_ADDRESS = '1HxbaBMF2jXBVnagoHvaA6rLxmaYL8gb8T';

/** Where the gateway answers and where the demo keeps its user store. */
export interface DemoSetting {
  origin: string;
  landingPage: boolean;
  dataDir: string;
  user: DemoUser;
}

const PASSWORD_PLACEHOLDER = '<password>';

/**
 * What the demo prints once the gateway listens: the demo user's password when it was just
 * created (never again, and never the secret), then how to log in from GraphQL and from a
 * shell, and how to ask for data with the token.
 */
export function demoInstructions(setting: DemoSetting): string {
  const url = `${setting.origin}/graphql`;
  const page = setting.landingPage ? ' (open it for GraphiQL)' : '';
  const password = setting.user.created ? setting.user.password : PASSWORD_PLACEHOLDER;
  return [
    '',
    `The gateway answers at ${url}${page}.`,
    '',
    ...userLines(setting),
    '',
    ...graphqlLines(password),
    '',
    ...shellLines(setting.origin, password),
    '',
    'Ctrl-C stops the gateway; Cassandra keeps running (npm run cassandra -- stop).',
    '',
  ].join('\n');
}

function userLines({ user, dataDir }: DemoSetting): string[] {
  if (user.created) {
    return [
      `Created the user "${DEMO_USERNAME}" with the password`,
      `  ${user.password}`,
      'It is shown this once: only its hash is kept.',
    ];
  }
  const users = `DATA_DIR='${dataDir}' npx graphsense-graphql users`;
  return [
    `The user "${DEMO_USERNAME}" exists (its password was shown when it was created).`,
    'To give it a new password:',
    `  ${users} remove ${DEMO_USERNAME}`,
    `  ${users} add ${DEMO_USERNAME}`,
  ];
}

function graphqlLines(password: string): string[] {
  const credentials = `username: "${DEMO_USERNAME}", password: "${password}"`;
  return [
    'Log in with GraphQL (in GraphiQL the cookie the answer sets logs the page in):',
    `  mutation { login(${credentials}) { token expiresAt } }`,
    'then send the token as the header  Authorization: Bearer <token>  and try:',
    `  ${addressQuery()}`,
  ];
}

function shellLines(origin: string, password: string): string[] {
  const credentials = JSON.stringify({ username: DEMO_USERNAME, password });
  const body = JSON.stringify({ query: addressQuery() });
  return [
    'or from a shell, keeping the token cookie in the file `cookies`:',
    `  curl -s -c cookies ${origin}/login -H 'content-type: application/json' \\`,
    `    -d '${credentials}'`,
    `  curl -s -b cookies ${origin}/graphql -H 'content-type: application/json' \\`,
    `    -d '${body}'`,
  ];
}

function addressQuery(): string {
  const address = `currency: "${DEMO_CURRENCY}", address: "${DEMO_ADDRESS}"`;
  return `{ address(${address}) { address totalReceived { value eur usd } } }`;
}

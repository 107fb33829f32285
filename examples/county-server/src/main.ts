/**
 * The example county server: `npm start` (or `pnpm --filter @gridcase/example-county-server
 * serve` after building the web app). Seeds `.data/example` on first start, then prints the
 * address and the demo logins. Configuration: see `loadConfig`.
 */
import { demoUsers } from './server/demoUsers';
import { formatLogins } from './server/formatLogins';
import { loadConfig } from './server/loadConfig';
import { startCountyServer } from './server/startCountyServer';

const config = loadConfig();
const quietWarnings = {
  info: (message: string) => console.log(message),
  warn: (message: string) => console.warn(message),
  error: (message: string, ...rest: unknown[]) => console.error(message, ...rest),
};
const server = await startCountyServer(config, {
  logger: quietWarnings,
  log: (message) => console.log(`[gridcase example] ${message}`),
});

console.log(`
gridcase example county server${config.testClock ? ' (TEST CLOCK ON)' : ''}
  web app:   ${server.url}/
  API:       ${server.url}/api   (reference: ${server.url}/api/reference)
  data:      ${config.dataDir}${server.seeded ? '  (seeded just now)' : ''}

Demo logins (development sign-in: pick a user on the sign-in page, no password):${formatLogins(await demoUsers(server.store))}
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

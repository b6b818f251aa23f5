import { Command } from 'commander';
import { type AuthStore, AuthStoreUnavailable, openAuthStore, type User } from '../auth/index.js';
import { toolConfig } from './context.js';
import { UsageError } from './output.js';

/** The streams the users commands talk through; tests pass their own. */
export interface UsersCommandIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout: NodeJS.WritableStream;
  /** Where prompts go, so that standard output stays clean for scripts. */
  stderr: NodeJS.WritableStream;
}

const PROCESS_IO: UsersCommandIo = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
};

const ADD_HELP = `
The password is read from standard input when it is not given: typed without echo (twice)
at a terminal, or the first line of a pipe, as in
  printf '%s\\n' "$PASSWORD" | graphsense-graphql users add alice
A password given as an argument is visible to other users of the machine while the command
runs.`;

/**
 * `users init|add|remove|list`: the accounts of the gateway, in `users.sqlite` of the data
 * folder (DATA_DIR). Passwords are stored as salted scrypt hashes and never shown.
 */
export function usersCommand(io: UsersCommandIo = PROCESS_IO): Command {
  const users = new Command('users').description(
    'Manage the accounts that may log in (the user store in DATA_DIR)',
  );
  const print = (line: string) => io.stdout.write(`${line}\n`);

  users
    .command('init')
    .description('Create the user store (and its folder) when it does not exist yet')
    .action(async (_options, command: Command) => {
      await withStore(command, async (store) => {
        print(`user store ready at ${store.path} (${(await store.users.list()).length} users)`);
      });
    });

  users
    .command('add')
    .description('Add a user; fails when the username is taken')
    .argument('<username>', '1 to 64 letters, digits, ".", "_" or "-"')
    .argument('[password]', 'the password (else read from standard input)')
    .addHelpText('after', ADD_HELP)
    .action(async (username: string, password: string | undefined, _options, command: Command) => {
      const secret = password ?? (await readPassword(io));
      await withStore(command, async (store) => {
        await store.users.add(username, secret);
        print(`added user ${username}`);
      });
    });

  users
    .command('remove')
    .description("Remove a user; the user's tokens are refused from then on")
    .argument('<username>', 'the user to remove')
    .action(async (username: string, _options, command: Command) => {
      await withStore(command, async (store) => {
        await store.users.remove(username);
        print(`removed user ${username}`);
      });
    });

  users
    .command('list')
    .description('List the usernames and when each was added (never passwords or hashes)')
    .action(async (_options, command: Command) => {
      await withStore(command, async (store) => {
        for (const line of formatUsers(await store.users.list())) print(line);
      });
    });

  return users;
}

/** Opens the configured store for `work` and closes it afterwards. */
async function withStore(command: Command, work: (store: AuthStore) => Promise<void>) {
  const { dataDir } = toolConfig(command).auth;
  let store: AuthStore;
  try {
    store = await openAuthStore(dataDir);
  } catch (error) {
    throw explainStoreFailure(error, dataDir);
  }

  try {
    await work(store);
  } catch (error) {
    throw explainStoreFailure(error, dataDir);
  } finally {
    await store.close();
  }
}

// At the command line the store's own complaint (a locked or foreign file, a missing
// permission) is what the operator needs.
function explainStoreFailure(error: unknown, dataDir: string): unknown {
  if (!(error instanceof AuthStoreUnavailable)) return error;
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new UsageError(`the user store in ${dataDir} cannot be used${cause}`);
}

function formatUsers(users: User[]): string[] {
  if (users.length === 0) return ['no users'];
  const width = Math.max('USERNAME'.length, ...users.map((user) => user.username.length));
  const header = `${'USERNAME'.padEnd(width)}  CREATED`;
  return [
    header,
    ...users.map((user) => `${user.username.padEnd(width)}  ${user.createdAt.toISOString()}`),
  ];
}

/** The password from standard input: prompted without echo at a terminal, else one line. */
async function readPassword(io: UsersCommandIo): Promise<string> {
  const { stdin } = io;
  if (stdin.isTTY && stdin.setRawMode !== undefined) {
    const first = await promptHidden(io, 'Password: ');
    const again = await promptHidden(io, 'Password again: ');
    if (first !== again) throw new UsageError('the two passwords differ; nothing was changed');
    return first;
  }

  const line = firstLine(await readAll(stdin));
  if (line === '') throw new UsageError('no password given: pass it as an argument or on stdin');
  return line;
}

const ENTER = new Set(['\r', '\n']);
const END_OF_TEXT = '\u0003';
const END_OF_TRANSMISSION = '\u0004';
const ERASE = new Set(['\u007f', '\b']);
const FIRST_PRINTABLE = ' ';

/** One line typed at the terminal in raw mode, so that nothing is echoed. */
function promptHidden(io: UsersCommandIo, prompt: string): Promise<string> {
  const { stdin, stderr } = io;
  stderr.write(prompt);
  stdin.setRawMode?.(true);
  stdin.setEncoding('utf8');
  stdin.resume();

  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = (outcome: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string | Buffer) => {
      const chars = [...String(chunk)];
      for (const [index, char] of chars.entries()) {
        if (ENTER.has(char) || char === END_OF_TRANSMISSION) {
          finish(() => resolve(typed.join('')));
          // Keys typed ahead (a paste of both answers) wait for the next prompt.
          const rest = chars.slice(index + 1).join('');
          if (rest !== '') stdin.unshift(rest);
          return;
        }
        if (char === END_OF_TEXT) return finish(() => reject(new UsageError('cancelled')));
        if (ERASE.has(char)) typed = typed.slice(0, -1);
        else if (char >= FIRST_PRINTABLE) typed.push(char);
      }
    };
    stdin.on('data', onData);
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/\r$/, '');
}

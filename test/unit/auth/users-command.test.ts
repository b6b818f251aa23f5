import { writeFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAuthStore } from '../../../src/auth/index.js';
import { reportFailure } from '../../../src/cli/output.js';
import { type UsersCommandIo, usersCommand } from '../../../src/cli/users.js';
import { CLIENT, openService, PASSWORD, tempDir } from './support.js';

let dataDir: string;

beforeEach(() => {
  dataDir = tempDir();
  vi.stubEnv('DATA_DIR', dataDir);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

interface Run {
  stdout: string;
  stderr: string;
}

/** Runs `graphsense-graphql users ...args` in-process with `stdin` as standard input. */
async function users(args: string[], stdin: UsersCommandIo['stdin'] = Readable.from([])) {
  const run: Run = { stdout: '', stderr: '' };
  const io: UsersCommandIo = {
    stdin,
    stdout: collect(run, 'stdout'),
    stderr: collect(run, 'stderr'),
  };
  const program = new Command('graphsense-graphql').option('--config <file>').exitOverride();
  program.addCommand(usersCommand(io).exitOverride());
  await program.parseAsync(['users', ...args], { from: 'user' });
  return run;
}

function collect(run: Run, stream: keyof Run): NodeJS.WritableStream {
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => {
    run[stream] += chunk.toString();
  });
  return sink;
}

/** A terminal on which `keys` are typed. */
function terminal(keys: string[]): UsersCommandIo['stdin'] {
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() });
  setTimeout(() => {
    for (const key of keys) input.write(key);
  }, 10);
  return input;
}

async function canLogIn(username: string, password: string): Promise<boolean> {
  const service = await openService(dataDir);
  const result = await service.login(username, password, CLIENT);
  await service.close();
  return result.ok;
}

describe('graphsense-graphql users', () => {
  it('init creates an empty store', async () => {
    const run = await users(['init']);
    expect(run.stdout).toMatch(/user store ready at .*users\.sqlite \(0 users\)/);
    expect(run.stdout).toContain(dataDir);
  });

  it('add takes the password as an argument', async () => {
    expect((await users(['add', 'alice', PASSWORD])).stdout).toBe('added user alice\n');
    expect(await canLogIn('alice', PASSWORD)).toBe(true);
  });

  it('add reads the first line of a pipe', async () => {
    await users(['add', 'alice'], Readable.from([`${PASSWORD}\r\nignored\n`]));
    expect(await canLogIn('alice', PASSWORD)).toBe(true);
  });

  it('add prompts twice at a terminal without echoing', async () => {
    const keys = ['correct horse', 'X', '\u007f', ' battery\r', `${PASSWORD}\r`];
    const run = await users(['add', 'alice'], terminal(keys));
    expect(run.stderr).toBe('Password: \nPassword again: \n');
    expect(run.stdout + run.stderr).not.toContain('horse');
    expect(await canLogIn('alice', PASSWORD)).toBe(true);
  });

  it('add takes both answers from one paste at a terminal', async () => {
    await users(['add', 'alice'], terminal([`${PASSWORD}\r${PASSWORD}\r`]));
    expect(await canLogIn('alice', PASSWORD)).toBe(true);
  });

  it('add refuses two different passwords typed at a terminal', async () => {
    const run = users(['add', 'alice'], terminal([`${PASSWORD}\r`, 'something else\r']));
    await expect(run).rejects.toThrow('the two passwords differ');
    expect(await canLogIn('alice', PASSWORD)).toBe(false);
  });

  it('add refuses an empty pipe', async () => {
    await expect(users(['add', 'alice'], Readable.from(['\n']))).rejects.toThrow(
      'no password given',
    );
  });

  it('add of an existing user fails with a clear message and a non-zero exit', async () => {
    await users(['add', 'alice', PASSWORD]);
    const failure = await users(['add', 'alice', 'another password']).catch((error) => error);
    expect(failure).toMatchObject({ code: 'USER_EXISTS' });

    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(reportFailure(failure)).not.toBe(0);
    expect(stderr).toHaveBeenCalledWith('graphsense-graphql: user "alice" already exists\n');
    stderr.mockRestore();
    expect(await canLogIn('alice', PASSWORD)).toBe(true);
  });

  it('add refuses a malformed username and a short password', async () => {
    await expect(users(['add', 'al ice', PASSWORD])).rejects.toMatchObject({
      code: 'INVALID_USERNAME',
    });
    await expect(users(['add', 'alice', 'short'])).rejects.toMatchObject({
      code: 'INVALID_PASSWORD',
    });
  });

  it('list shows usernames and creation times, never a hash', async () => {
    await users(['add', 'bob', PASSWORD]);
    await users(['add', 'alice', PASSWORD]);
    const lines = (await users(['list'])).stdout.trimEnd().split('\n');

    expect(lines[0]).toMatch(/^USERNAME\s+CREATED$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^alice\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      expect.stringMatching(/^bob\s+\d{4}-\d\d-\d\dT/),
    ]);
    expect(lines.join('\n')).not.toMatch(/scrypt|salt|hash|[A-Za-z0-9+/]{40,}/);
  });

  it('list says when there are no users', async () => {
    expect((await users(['list'])).stdout).toBe('no users\n');
  });

  it('remove of an unknown user fails', async () => {
    await expect(users(['remove', 'nobody'])).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
  });

  it('remove stops a user from logging in', async () => {
    await users(['add', 'alice', PASSWORD]);
    expect((await users(['remove', 'alice'])).stdout).toBe('removed user alice\n');
    expect(await canLogIn('alice', PASSWORD)).toBe(false);
  });

  it('explains a store it cannot open', async () => {
    writeFileSync(`${dataDir}/users.sqlite`, 'not a database '.repeat(100));
    await expect(users(['list'])).rejects.toThrow(/user store in .* cannot be used: SQLITE_NOTADB/);
  });

  it('leaves the store closed after each command', async () => {
    await users(['add', 'alice', PASSWORD]);
    const store = await openAuthStore(dataDir);
    expect((await store.users.list()).map((user) => user.username)).toEqual(['alice']);
    await store.close();
  });

  it('has help for every subcommand', () => {
    const command = usersCommand();
    for (const sub of command.commands) expect(sub.description()).not.toBe('');
    const add = command.commands.find((sub) => sub.name() === 'add');
    expect(add?.helpInformation()).toContain('<username>');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SECRETS, projectRoot, SETTINGS } from '../../src/config/index.js';

const ROOT = projectRoot();
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const QUICK_START_LINES = 50;

/** The files users copy from: docs, the compose file, the Dockerfile, examples. */
function documentFiles(): string[] {
  const top = readdirSync(ROOT).filter((name) => /\.(md|ya?ml)$|^Dockerfile$/.test(name));
  return top.filter((name) => name !== 'package-lock.json').map((name) => join(ROOT, name));
}

// A value given to a secret-like name: `SECRET_KEY=...`, `"secretKey": "..."`, `password: ...`.
const SECRET_ASSIGNMENT =
  /(SECRET_KEY|secretKey|PASSWORD|password)["']?\s*[:=]\s*["']?([^\s"'`,)]+)/g;

describe('the README', () => {
  it('gives the two set-up commands within its first 50 lines', () => {
    const head = README.split('\n').slice(0, QUICK_START_LINES).join('\n');
    expect(head).toContain('npm run demo');
    expect(head).toContain('npm test');
    expect(head).toContain('npm ci');
  });

  it.each(Object.values(SETTINGS).map((spec) => [spec.env, spec.file]))(
    'documents the setting %s (%s)',
    (env, file) => {
      expect(README).toContain(`\`${env}\``);
      expect(README).toContain(`\`${file}\``);
    },
  );
});

describe('secrets in the docs', () => {
  it('are all on the list of example secrets that production refuses', () => {
    for (const file of documentFiles()) {
      const text = readFileSync(file, 'utf8');
      for (const [, , value] of text.matchAll(SECRET_ASSIGNMENT)) {
        if (value === undefined || value.startsWith('$')) continue;
        expect(EXAMPLE_SECRETS, `${file}: ${value}`).toContain(value);
      }
    }
  });

  it('include every listed example where the docs show one', () => {
    const documents = documentFiles().map((file) => readFileSync(file, 'utf8'));
    for (const secret of EXAMPLE_SECRETS) {
      expect(
        documents.some((text) => text.includes(secret)),
        secret,
      ).toBe(true);
    }
  });
});

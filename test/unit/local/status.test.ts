import { describe, expect, it } from 'vitest';
import { describeStatus, type NodeStatus } from '../../../src/local/node.js';

const stopped: NodeStatus = {
  state: 'stopped',
  pid: null,
  cqlPort: 9142,
  logFile: '/cache/node-9142/logs/cassandra.log',
  releaseVersion: null,
  portHeld: false,
};

// .ci/run reads the first word to decide whether it started the node.
describe('describeStatus', () => {
  it('starts with "stopped" and names the port and log', () => {
    expect(describeStatus(stopped)).toBe(
      'stopped (CQL 127.0.0.1:9142), log: /cache/node-9142/logs/cassandra.log',
    );
  });

  it('says when another program holds the port', () => {
    expect(describeStatus({ ...stopped, portHeld: true })).toContain('held by another program');
  });

  it('starts with "running" and gives pid and version', () => {
    const running = { ...stopped, state: 'running', pid: 42, releaseVersion: '5.0.8' } as const;

    expect(describeStatus(running)).toBe(
      'running (pid 42, CQL 127.0.0.1:9142, Cassandra 5.0.8), log: /cache/node-9142/logs/cassandra.log',
    );
  });

  it('tells a starting node from a running one', () => {
    expect(describeStatus({ ...stopped, state: 'starting', pid: 42 })).toMatch(/^starting /);
  });
});

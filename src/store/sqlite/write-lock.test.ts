import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { WriteLock } from './write-lock.js';

// A thread that takes the shared lock, tells us, holds it 150 ms and records when it let go.
const HOLDER = `
const { workerData, parentPort } = require('node:worker_threads');
const cell = new Int32Array(workerData.lock);
while (Atomics.compareExchange(cell, 0, 0, 1) !== 0) Atomics.wait(cell, 0, 1);
parentPort.postMessage('held');
const until = Date.now() + 150;
while (Date.now() < until);
new Float64Array(workerData.released)[0] = Date.now();
Atomics.store(cell, 0, 0);
Atomics.notify(cell, 0, 1);
`;

test('a write waits while another thread holds the shared lock, and runs as soon as it is released', async () => {
  const lock = new WriteLock();
  const released = new Float64Array(new SharedArrayBuffer(8));
  const holder = new Worker(HOLDER, { eval: true, workerData: { lock: lock.shared, released: released.buffer } });
  try {
    await new Promise((resolve) => holder.once('message', resolve));
    const ranAt = lock.hold(() => Date.now(), 'index.db');
    assert.ok(released[0]! > 0 && ranAt >= released[0]!, 'the write ran after the other thread let go');
    assert.ok(ranAt - released[0]! < 50, `and without sleeping past it (${ranAt - released[0]!} ms)`);
    assert.equal(lock.hold(() => 'again', 'index.db'), 'again', 'the lock is free after a write');
  } finally {
    await holder.terminate();
  }
});

import { describe, expect, it } from 'vitest';
import { createRequestsInFlight } from './requests-in-flight.js';

describe('requests in flight', () => {
  it('is idle at once with none, and once the last of several has ended', async () => {
    const inFlight = createRequestsInFlight();
    await inFlight.idle();
    const endFirst = inFlight.begin();
    const endSecond = inFlight.begin();
    let idle = false;
    const waiting = inFlight.idle().then(() => (idle = true));
    endFirst();
    endFirst(); // ending twice counts once
    await Promise.resolve();
    expect(idle).toBe(false);
    expect(inFlight.count()).toBe(1);
    endSecond();
    await waiting;
    expect(idle).toBe(true);
    expect(inFlight.count()).toBe(0);
  });
});

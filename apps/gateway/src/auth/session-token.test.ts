import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { sessionTokens } from './session-token.js';

const claims = { userId: 'u1', associationId: 'a1', generation: 3 };

describe('session tokens', () => {
  it('round-trips claims and refuses tampering or another key', async () => {
    const tokens = sessionTokens(randomBytes(32), 600);
    const { token } = await tokens.issue(claims, new Date());
    expect(await tokens.verify(token)).toEqual(claims);
    expect(await tokens.verify(token)).toEqual(claims);
    const [header, payload, signature] = token.split('.');
    // Another ending than the real one (a fixed 'AA' would match it now and then).
    const ending = signature?.endsWith('AA') ? 'BA' : 'AA';
    const forged = `${header}.${payload}.${(signature ?? '').slice(0, -2)}${ending}`;
    expect(await tokens.verify(forged)).toBeUndefined();
    expect(await sessionTokens(randomBytes(32), 600).verify(token)).toBeUndefined();
  });

  it('refuses an expired token, also after it was verified once', async () => {
    const tokens = sessionTokens(randomBytes(32), 60);
    const old = await tokens.issue(claims, new Date(Date.now() - 120_000));
    expect(await tokens.verify(old.token)).toBeUndefined();
    const fresh = await tokens.issue(claims, new Date());
    expect(await tokens.verify(fresh.token)).toEqual(claims);
    expect(await tokens.verify(fresh.token, new Date(Date.now() + 61_000))).toBeUndefined();
  });

  it('refuses a correctly signed token without an expiry or an issue time', async () => {
    const secret = randomBytes(32);
    const tokens = sessionTokens(secret, 600);
    const now = Math.floor(Date.now() / 1000);
    const signed = (withExp: boolean, withIat: boolean) => {
      let jwt = new SignJWT({ aid: claims.associationId, gen: claims.generation })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.userId)
        .setIssuer('finsam-se')
        .setAudience('finsam-se-api');
      if (withExp) jwt = jwt.setExpirationTime(now + 600);
      if (withIat) jwt = jwt.setIssuedAt(now);
      return jwt.sign(secret);
    };
    expect(await tokens.verify(await signed(true, true))).toEqual(claims);
    expect(await tokens.verify(await signed(false, true))).toBeUndefined();
    expect(await tokens.verify(await signed(true, false))).toBeUndefined();
  });
});

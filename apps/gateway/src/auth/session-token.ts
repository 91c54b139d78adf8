import { SignJWT, jwtVerify } from 'jose';

/** What a session token carries: who, in which association, which session generation. */
export type TokenClaims = {
  readonly userId: string;
  readonly associationId: string;
  readonly generation: number;
};

const ISSUER = 'finsam-se';
const AUDIENCE = 'finsam-se-api';

/**
 * Short-lived signed tokens (JWT, HS256). Revocation does not wait for expiry: every
 * request re-reads the user, and a logout or deactivation bumps the session generation.
 */
export function sessionTokens(secret: Uint8Array, ttlSeconds: number) {
  const verified = new Map<string, { claims: TokenClaims; expiresAt: number }>();
  return {
    ttlSeconds,
    async issue(claims: TokenClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
      const token = await new SignJWT({ aid: claims.associationId, gen: claims.generation })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .sign(secret);
      return { token, expiresAt };
    },
    async verify(token: string, now: Date = new Date()): Promise<TokenClaims | undefined> {
      // A token is immutable: once its signature is verified, remember the claims until it
      // expires (revocation is checked against the database on every request anyway).
      const known = verified.get(token);
      if (known) {
        if (known.expiresAt > now.getTime()) return known.claims;
        verified.delete(token);
        return undefined;
      }
      try {
        const { payload } = await jwtVerify(token, secret, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: ['HS256'],
          // A token without an expiry would be valid for ever; one without `iat` cannot be
          // placed in time. Both are set by `issue`, so anything else was not made here.
          requiredClaims: ['exp', 'iat'],
        });
        if (
          typeof payload.sub !== 'string' ||
          typeof payload.aid !== 'string' ||
          typeof payload.gen !== 'number'
        )
          return undefined;
        const claims = { userId: payload.sub, associationId: payload.aid, generation: payload.gen };
        if (verified.size >= 10_000) verified.clear();
        verified.set(token, { claims, expiresAt: (payload.exp ?? 0) * 1000 });
        return claims;
      } catch {
        return undefined;
      }
    },
  };
}

export type SessionTokens = ReturnType<typeof sessionTokens>;

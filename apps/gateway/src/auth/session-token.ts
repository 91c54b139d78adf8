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
    async verify(token: string): Promise<TokenClaims | undefined> {
      try {
        const { payload } = await jwtVerify(token, secret, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: ['HS256'],
        });
        if (
          typeof payload.sub !== 'string' ||
          typeof payload.aid !== 'string' ||
          typeof payload.gen !== 'number'
        )
          return undefined;
        return { userId: payload.sub, associationId: payload.aid, generation: payload.gen };
      } catch {
        return undefined;
      }
    },
  };
}

export type SessionTokens = ReturnType<typeof sessionTokens>;

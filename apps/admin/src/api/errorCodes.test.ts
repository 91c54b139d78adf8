import { describe, expect, it } from 'vitest';
import { appEn } from '../i18n/appEn';
import { appSv } from '../i18n/appSv';
import { gatewaySchema } from './schema';
import { KNOWN_ERROR_CODES, errorFromResponse, normaliseCode } from './errors';

/** The gateway's ErrorCode enum, from its committed schema. */
function gatewayErrorCodes(): string[] {
  const type = gatewaySchema.types.find((t) => t.name === 'ErrorCode');
  if (!type || type.kind !== 'ENUM') throw new Error('No ErrorCode enum in the schema');
  return type.enumValues.map((v) => v.name);
}

describe("the panel's error codes", () => {
  it("are exactly the gateway's (SERVICE_UNAVAILABLE and DUPLICATE_PERSONNUMMER among them)", () => {
    expect([...KNOWN_ERROR_CODES].sort()).toEqual(gatewayErrorCodes().sort());
  });

  it('each have a Swedish and an English message', () => {
    for (const code of [...gatewayErrorCodes(), 'NETWORK']) {
      expect({ code, sv: code in appSv.error, en: code in appEn.error }).toEqual({
        code,
        sv: true,
        en: true,
      });
    }
  });

  it('keep a duplicate personnummer as its own code, a conflict for react-admin', () => {
    expect(normaliseCode('DUPLICATE_PERSONNUMMER')).toBe('DUPLICATE_PERSONNUMMER');
    const error = errorFromResponse(200, [
      { message: 'Personnumret finns redan.', extensions: { code: 'DUPLICATE_PERSONNUMMER' } },
    ]);
    expect({ code: error?.code, status: error?.status }).toEqual({
      code: 'DUPLICATE_PERSONNUMMER',
      status: 409,
    });
  });
});

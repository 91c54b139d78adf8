import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './content-encoding.js';

const both = ['br', 'gzip'] as const;

describe('chooseEncoding', () => {
  it('prefers brotli when the client accepts it', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
  });

  it('falls back to gzip when the client does not accept brotli', () => {
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
  });

  it('falls back to gzip when no brotli file was written', () => {
    expect(chooseEncoding('br, gzip', ['gzip'])).toBe('gzip');
  });

  it('follows the q-values the client gives', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9', both)).toBe('gzip');
    expect(chooseEncoding('*;q=0.3', both)).toBe('br');
    expect(chooseEncoding('gzip;q=0, *', both)).toBe('br');
  });

  it('sends the file as it is when nothing fits', () => {
    expect(chooseEncoding(undefined, both)).toBeUndefined();
    expect(chooseEncoding('', both)).toBeUndefined();
    expect(chooseEncoding('identity', both)).toBeUndefined();
    expect(chooseEncoding('deflate', both)).toBeUndefined();
    expect(chooseEncoding('br, gzip', [])).toBeUndefined();
    expect(chooseEncoding('br;q=0, gzip;q=0', both)).toBeUndefined();
  });

  it('reads names and parameters without regard to case or spaces', () => {
    expect(chooseEncoding(' GZIP ; Q=1 ,BR;q=0', both)).toBe('gzip');
  });
});

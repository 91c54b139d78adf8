/** The encodings the panel's build writes beside each file, best first (brotli, then gzip). */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export type Precompressed = (typeof PRECOMPRESSED)[number]['encoding'];

/** The q-value an Accept-Encoding header gives `encoding` (`*` covers the rest; absent: 0). */
function qualityOf(accepted: ReadonlyMap<string, number>, encoding: string): number {
  return accepted.get(encoding) ?? accepted.get('*') ?? 0;
}

function parseAcceptEncoding(header: string): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    accepted.set(name.trim(), Number.isFinite(quality) ? quality : 0);
  }
  return accepted;
}

/**
 * The precompressed encoding to send for an Accept-Encoding header, among those present on
 * disk: the one the client rates highest, brotli on a tie (it is the smaller); none when the
 * client accepts neither (then the file goes as it is).
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly Precompressed[],
): Precompressed | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = parseAcceptEncoding(acceptEncoding);
  let best: Precompressed | undefined;
  let bestQuality = 0;
  for (const { encoding } of PRECOMPRESSED) {
    const quality = qualityOf(accepted, encoding);
    if (available.includes(encoding) && quality > bestQuality) {
      best = encoding;
      bestQuality = quality;
    }
  }
  return best;
}

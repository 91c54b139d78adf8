export type GenerateArgs = {
  readonly associations: number;
  readonly participantsPerYear: number;
  readonly years: number;
  readonly seed: number;
  /** The last year of data ends here (exclusive): the data set's "today". */
  readonly until: string;
};

const defaults: GenerateArgs = {
  associations: 75,
  participantsPerYear: 100_000,
  years: 5,
  seed: 1,
  until: '2026-01-01',
};

/** `--associations N --participants-per-year N --years N --seed S --until YYYY-MM-DD`. */
export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  const result: Record<string, number | string> = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    const key = flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!(key in defaults) || value === undefined) {
      throw new RangeError(
        `Unknown or incomplete option ${flag}. Use --associations N --participants-per-year N --years N --seed S --until YYYY-MM-DD`,
      );
    }
    if (key === 'until') {
      if (!/^\d{4}-01-01$/.test(value)) throw new RangeError('--until must be a 1 January date');
      result[key] = value;
    } else {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1)
        throw new RangeError(`${flag} must be a positive whole number`);
      result[key] = number;
    }
  }
  return result as GenerateArgs;
}

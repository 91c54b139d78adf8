// Fields that format the contract's scalars: LocalDate/DateTime as YYYY-MM-DD, FTE "0,5", öre as kr.
import { FunctionField, useTranslate, type RaRecord } from 'react-admin';
import { formatDate, formatDateTime, formatFte, formatMoney } from '../lib/format';

interface FieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
}

function read(record: RaRecord, source: string): unknown {
  return source.split('.').reduce<unknown>((value, key) => {
    if (typeof value === 'object' && value !== null) return (value as Record<string, unknown>)[key];
    return undefined;
  }, record);
}

export function IsoDateField({ source, label, sortable }: FieldProps) {
  return (
    <FunctionField
      source={source}
      label={label}
      sortable={sortable}
      render={(record: RaRecord) => {
        const value = read(record, source);
        return formatDate(typeof value === 'string' ? value : null);
      }}
    />
  );
}

export function DateTimeField({ source, label, sortable }: FieldProps) {
  return (
    <FunctionField
      source={source}
      label={label}
      sortable={sortable}
      render={(record: RaRecord) => {
        const value = read(record, source);
        return formatDateTime(typeof value === 'string' ? value : null);
      }}
    />
  );
}

export function FteField({ source, label, sortable }: FieldProps) {
  return (
    <FunctionField
      source={source}
      label={label}
      sortable={sortable}
      textAlign="right"
      render={(record: RaRecord) => {
        const value = read(record, source);
        return formatFte(typeof value === 'number' ? value : null);
      }}
    />
  );
}

export function MoneyField({ source, label, sortable }: FieldProps) {
  return (
    <FunctionField
      source={source}
      label={label}
      sortable={sortable}
      textAlign="right"
      render={(record: RaRecord) => {
        const value = read(record, source);
        return formatMoney(typeof value === 'number' ? value : null);
      }}
    />
  );
}

/** An enum value shown through `app.enum.<type>.<VALUE>`. */
export function EnumField({ source, label, sortable, type }: FieldProps & { type: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source={source}
      label={label}
      sortable={sortable}
      render={(record: RaRecord) => {
        const value = read(record, source);
        return typeof value === 'string'
          ? translate(`app.enum.${type}.${value}`, { _: value })
          : '–';
      }}
    />
  );
}

/**
 * The facts a finding carries for its fix (`Diagnostic.data`), declared by its rule as a
 * shape: `{ table: 'string', column: 'number', beforeLine: 'number?' }`. The shape gives the
 * compiler the data's type (the rule reports it, the fix receives it), and `decodeData` checks
 * it once when a finding comes back — from the editor, where it crossed the LSP as JSON — so
 * no fix reads an untyped field by hand.
 */

type FieldKind = 'string' | 'number' | 'boolean' | 'string[]' | 'number[]' | 'json';

/** A field: its kind; `|null` when it may be null; a trailing `?` when it may be absent. */
export type FieldSpec = FieldKind | `${FieldKind}?` | `${FieldKind}|null` | `${FieldKind}|null?`;

export type DataShape = Readonly<Record<string, FieldSpec>>;

type KindType<K> = K extends 'string'
  ? string
  : K extends 'number'
    ? number
    : K extends 'boolean'
      ? boolean
      : K extends 'string[]'
        ? readonly string[]
        : K extends 'number[]'
          ? readonly number[]
          : K extends 'json'
            ? unknown
            : never;

type FieldType<S> = S extends `${infer K}|null?` ? KindType<K> | null : S extends `${infer K}|null` ? KindType<K> | null : S extends `${infer K}?` ? KindType<K> : KindType<S>;

type OptionalKeys<S extends DataShape> = { [K in keyof S]: S[K] extends `${string}?` ? K : never }[keyof S];
type RequiredKeys<S extends DataShape> = Exclude<keyof S, OptionalKeys<S>>;

/** The data type a shape declares. */
export type DataOf<S extends DataShape> = { readonly [K in RequiredKeys<S>]: FieldType<S[K]> } & { readonly [K in OptionalKeys<S>]?: FieldType<S[K]> };

function kindHolds(kind: string, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'number[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v));
    default:
      return value !== undefined;
  }
}

function fieldHolds(spec: FieldSpec, value: unknown): boolean {
  const optional = spec.endsWith('?');
  const bare = optional ? spec.slice(0, -1) : spec;
  const nullable = bare.endsWith('|null');
  const kind = nullable ? bare.slice(0, -'|null'.length) : bare;
  if (value === undefined) return optional;
  if (value === null) return nullable || kind === 'json';
  return kindHolds(kind, value);
}

/** The data as its shape's type, or null when a field is missing or of another kind (then no fix is offered). */
export function decodeData<S extends DataShape>(shape: S, data: unknown): DataOf<S> | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(shape)) if (!fieldHolds(shape[key]!, record[key])) return null;
  return record as DataOf<S>;
}

/**
 * The little of a PostgreSQL connection the sync store needs, so that one SQL implementation
 * runs on the embedded PGlite and on a PostgreSQL server alike.
 */
export interface SqlQueryable {
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>
}

export interface SqlClient extends SqlQueryable {
  readonly kind: 'embedded' | 'postgres'
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** int8 columns arrive as strings (pg) or bigints (PGlite): sequence numbers fit a double. */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value)
}

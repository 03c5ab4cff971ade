import { PGlite } from '@electric-sql/pglite'
import type { SqlClient, SqlQueryable } from './sql'

/** PGlite, in memory when `dataDir` is absent (tests), else persisted in that folder. */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  const db = await PGlite.create(dataDir === undefined ? {} : { dataDir })
  const queryable = (target: Pick<PGlite, 'query'>): SqlQueryable => ({
    query: async <Row>(text: string, params: unknown[] = []) =>
      (await target.query<Row>(text, params)).rows,
  })
  return {
    kind: 'embedded',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  }
}

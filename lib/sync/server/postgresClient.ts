import { createHash } from 'node:crypto'
import pg from 'pg'
import type { SqlClient, SqlQueryable } from './sql'

/** Connections per server instance: a few, since every request is a short transaction. */
export const POOL_SIZE = 10
/** A request waits this long for a free connection before it is answered `store-busy`. */
const CONNECT_TIMEOUT_MS = 5_000

export function openPostgres(connectionString: string): SqlClient {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  })
  // An idle connection that the server closed must not crash the process; the next query
  // opens another.
  pool.on('error', (error) => console.error(`sync: PostgreSQL connection lost: ${error.message}`))
  const queryable = (target: pg.Pool | pg.PoolClient): SqlQueryable => ({
    query: async <Row>(text: string, params: unknown[] = []) =>
      (await target.query({ name: statementName(text, params), text, values: params }))
        .rows as Row[],
  })
  return {
    kind: 'postgres',
    ...queryable(pool),
    transaction: async (work) => {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(queryable(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

const names = new Map<string, string>()

/**
 * Statements with parameters are prepared once per connection under a name of their text
 * (PostgreSQL then skips parsing and planning them again); the rest (BEGIN, COMMIT,
 * migrations) are sent as they are.
 */
function statementName(text: string, params: readonly unknown[]): string | undefined {
  if (params.length === 0) return undefined
  let name = names.get(text)
  if (!name) {
    name = `zk_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`
    names.set(text, name)
  }
  return name
}

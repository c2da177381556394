// Wire types of the REST API under /api/v1.
// Keep in sync with SystemInfo.java (org.threadlab.web.system).

/** GET /api/v1/system/info: the node that answered and what it runs on. */
export interface SystemInfo {
  application: string
  version: string
  nodeId: string
  /** ISO-8601 instant at which this node started. */
  startedAt: string
  /** Database product name, e.g. "H2" or "PostgreSQL". */
  database: string
  /** Flyway's current schema version, e.g. "1". */
  schemaVersion: string
  javaVersion: string
}

// Keep in sync with PoolTable.java and PoolTableRow.java (org.threadlab.web.pool).

/** One row of seed 003's thread-pool tables. */
export interface PoolTableRow {
  /** "Initial", "lo_water trip", "Unblock", "Completion" or "hi_water trip". */
  event: string
  processing: number
  blocking: number
  total: number
}

/** GET /api/v1/pool/table: the rows a pool produces for the given limits and events. */
export interface PoolTable {
  loWater: number
  increment: number
  hiWater: number
  maximum: number
  /** The C name of the flag, e.g. "POOL_FLAG_USE_SELF". */
  flags: string
  events: string
  rows: PoolTableRow[]
}

/** An RFC 9457 problem, as the API answers a bad request. */
export interface Problem {
  title?: string
  detail?: string
  status?: number
}

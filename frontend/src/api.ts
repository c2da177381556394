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

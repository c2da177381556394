package org.threadlab.web.pool;

/** One row of seed 003's pool tables. Keep in sync with frontend/src/api.ts (PoolTableRow). */
record PoolTableRow(String event, int processing, int blocking, int total) {
}

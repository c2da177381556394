package org.threadlab.web.pool;

import java.util.List;

/** The answer of {@code GET /api/v1/pool/table}. Keep in sync with frontend/src/api.ts (PoolTable). */
record PoolTable(int loWater, int increment, int hiWater, int maximum, String flags, String events,
                 List<PoolTableRow> rows) {
}

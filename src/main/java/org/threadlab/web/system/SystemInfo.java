package org.threadlab.web.system;

import java.time.Instant;

/**
 * The body of {@code GET /api/v1/system/info}: which node answered and what it runs on.
 * Keep in sync with {@code frontend/src/api.ts}.
 */
public record SystemInfo(
        String application,
        String version,
        String nodeId,
        Instant startedAt,
        String database,
        String schemaVersion,
        String javaVersion) {
}

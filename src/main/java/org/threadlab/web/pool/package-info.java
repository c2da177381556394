/**
 * The thread-pool demo: {@code GET /api/v1/pool/table} runs a QNX thread pool on the simulated
 * kernel with the given limits and events and returns seed 003's table rows; the home page's
 * pool island calls it. Stateless and bounded, so it needs no account.
 */
package org.threadlab.web.pool;

/**
 * The system feature: the home page, {@code GET /api/v1/system/info}, and the registry of
 * running application nodes ({@code cluster_node}), which each node joins at start-up and
 * refreshes with a heartbeat so a scaled-out deployment can see who is alive.
 */
package org.threadlab.web.system;

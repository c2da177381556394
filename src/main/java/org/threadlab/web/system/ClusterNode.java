package org.threadlab.web.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code cluster_node}: one running application node and when it was last seen. */
@Entity
@Table(name = "cluster_node")
class ClusterNode {

    @Id
    private String id;

    @Column(name = "host_name", nullable = false)
    private String hostName;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected ClusterNode() {
    }

    ClusterNode(String id, String hostName, Instant startedAt, Instant lastSeen) {
        this.id = id;
        this.hostName = hostName;
        this.startedAt = startedAt;
        this.lastSeen = lastSeen;
    }
}

package org.threadlab.web.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's entry in {@code cluster_node}. The node gets a random id when it starts,
 * registers once the application is ready and then refreshes {@code last_seen} every
 * 30 seconds, so a node whose row has gone stale for several heartbeats has stopped.
 */
@Component
class NodeRegistry {

    private final ClusterNodeRepository repository;
    private final Clock clock;
    private final String id = UUID.randomUUID().toString();
    private final String hostName = localHostName();
    private final Instant startedAt;

    NodeRegistry(ClusterNodeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    String id() {
        return id;
    }

    Instant startedAt() {
        return startedAt;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        heartbeat();
    }

    // Writes the whole row, so a node whose row was deleted registers again.
    @Scheduled(initialDelay = 30, fixedRate = 30, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        repository.save(new ClusterNode(id, hostName, startedAt, clock.instant()));
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}

-- Running application nodes; each refreshes last_seen with a heartbeat.
-- Plain SQL that runs on both H2 and PostgreSQL.
CREATE TABLE cluster_node (
    id         VARCHAR(64)  PRIMARY KEY,
    host_name  VARCHAR(255) NOT NULL,
    started_at TIMESTAMP    NOT NULL,
    last_seen  TIMESTAMP    NOT NULL
);

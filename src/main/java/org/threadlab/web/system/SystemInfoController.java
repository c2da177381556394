package org.threadlab.web.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/system/info}. */
@RestController
class SystemInfoController {

    private final NodeRegistry nodes;
    private final Flyway flyway;
    private final DataSource dataSource;
    private final String version;

    // Fixed for the node's life (Flyway migrates only at start-up, and logs each time it
    // inspects the database), so both are read on first use and kept.
    private final Supplier<String> database = SingletonSupplier.of(this::readDatabaseProduct);
    private final Supplier<String> schemaVersion = SingletonSupplier.of(this::readSchemaVersion);

    SystemInfoController(NodeRegistry nodes, Flyway flyway, DataSource dataSource,
            ObjectProvider<BuildProperties> build) {
        this.nodes = nodes;
        this.flyway = flyway;
        this.dataSource = dataSource;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "development" : properties.getVersion();
    }

    @GetMapping("/api/v1/system/info")
    SystemInfo info() {
        return new SystemInfo("ThreadLab", version, nodes.id(), nodes.startedAt(),
                database.get(), schemaVersion.get(), Runtime.version().toString());
    }

    private String readDatabaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product name", e);
        }
    }

    // The version of the last applied migration, or "none" on an empty schema.
    private String readSchemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }
}

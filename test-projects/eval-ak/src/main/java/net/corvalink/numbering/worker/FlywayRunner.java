package net.corvalink.numbering.worker;

import net.corvalink.numbering.config.NumberingConfig;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

public final class FlywayRunner {

    private static final Logger log = LoggerFactory.getLogger(FlywayRunner.class);

    private FlywayRunner() {
    }

    public static void migrate(DataSource dataSource, NumberingConfig config) {
        boolean seed = "staging".equals(System.getenv("NUMBERING_ENV")) || config.raw().hasPath("database.seed-test-numbers");
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .target(seed ? "latest" : "1")
                .load();
        MigrateResult result = flyway.migrate();
        log.info("flyway applied {} migrations, schema now at {}", result.migrationsExecuted, result.targetSchemaVersion);
    }
}

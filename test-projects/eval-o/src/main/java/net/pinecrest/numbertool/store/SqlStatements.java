package net.pinecrest.numbertool.store;

/** SQL used by {@link NumberDao}. PostgreSQL in production, H2 in PostgreSQL mode in the tests. */
final class SqlStatements {

    static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS dashboard_tn (
                tn           BIGINT       PRIMARY KEY,
                npa          INTEGER      NOT NULL,
                rate_center  VARCHAR(64),
                state        CHAR(2),
                site_id      VARCHAR(16),
                customer_id  VARCHAR(32),
                order_id     VARCHAR(64),
                status       VARCHAR(16)  NOT NULL,
                synced_at    TIMESTAMP    NOT NULL
            )""";

    static final String CREATE_PENDING = """
            CREATE TABLE IF NOT EXISTS pending_order (
                tn            VARCHAR(16) PRIMARY KEY,
                customer_id   VARCHAR(32) NOT NULL,
                notify_sms_to VARCHAR(16),
                created_at    TIMESTAMP   NOT NULL
            )""";

    static final String UPSERT = "INSERT INTO dashboard_tn (tn, npa, rate_center, state, site_id, status, synced_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (tn) DO UPDATE SET rate_center = EXCLUDED.rate_center, state = EXCLUDED.state, "
            + "site_id = EXCLUDED.site_id, status = EXCLUDED.status, synced_at = EXCLUDED.synced_at";

    static final String MARK_ACTIVE =
            "UPDATE dashboard_tn SET status = 'ACTIVE', customer_id = ?, order_id = ? WHERE tn = ?";

    static final String BY_NPA =
            "SELECT tn, npa, rate_center, state, site_id, status, synced_at FROM dashboard_tn WHERE npa = ? ORDER BY tn";

    static final String INSERT_PENDING =
            "INSERT INTO pending_order (tn, customer_id, notify_sms_to, created_at) VALUES (?, ?, ?, ?)";

    static final String ALL_PENDING = "SELECT tn, customer_id, notify_sms_to FROM pending_order";

    static final String PURGE_OLD = "DELETE FROM pending_order WHERE created_at < ?";

    private SqlStatements() {
    }
}

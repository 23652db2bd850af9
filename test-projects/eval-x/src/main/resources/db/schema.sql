-- PortDesk schema (applied by Flyway in production, by the tests through H2).
CREATE TABLE IF NOT EXISTS ported_numbers (
    tn               CHAR(10)     PRIMARY KEY,
    area_code        INTEGER      NOT NULL,
    customer_id      VARCHAR(64)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    e911_address_id  VARCHAR(64),
    activated_at     TIMESTAMP
);

CREATE TABLE IF NOT EXISTS inventory_snapshot (
    snapshot_day   VARCHAR(10) NOT NULL,
    tn             BIGINT      NOT NULL,
    created_epoch  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (snapshot_day, tn)
);

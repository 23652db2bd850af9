-- Back-office schema (H2 in tests, PostgreSQL mode in production)

CREATE TABLE IF NOT EXISTS tn_inventory (
    tn              CHAR(10)     PRIMARY KEY,   -- national 10-digit number
    area_code       INTEGER      NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    customer_id     VARCHAR(40),
    last_seen_epoch BIGINT       NOT NULL
);

CREATE INDEX IF NOT EXISTS tn_inventory_area ON tn_inventory (area_code);

CREATE TABLE IF NOT EXISTS order_audit (
    order_id          VARCHAR(40) NOT NULL,
    customer_order_id VARCHAR(60),
    quantity          INTEGER,
    created_at        TIMESTAMP   NOT NULL
);

CREATE TABLE IF NOT EXISTS order_audit_tn (
    order_id     VARCHAR(40) NOT NULL,
    tn           BIGINT      NOT NULL,
    completed_at TIMESTAMP   NOT NULL
);

CREATE TABLE IF NOT EXISTS order_audit_note (
    order_id VARCHAR(40)   NOT NULL,
    note     VARCHAR(2000)
);

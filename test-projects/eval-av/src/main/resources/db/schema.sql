-- portwell schema (PostgreSQL; the tests load it into H2)
CREATE TABLE IF NOT EXISTS port_request (
    id              BIGINT PRIMARY KEY,
    tn              CHAR(10)     NOT NULL,
    customer_id     VARCHAR(40)  NOT NULL,
    dashboard_order VARCHAR(64),
    status          VARCHAR(20)  NOT NULL,
    foc_date        VARCHAR(32),
    updated_at      TIMESTAMP    DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS port_request_tn ON port_request (tn);

CREATE TABLE IF NOT EXISTS number_inventory (
    tn              CHAR(10)     PRIMARY KEY,
    order_id        VARCHAR(64),
    sms_enabled     BOOLEAN      DEFAULT FALSE,
    activated_at    TIMESTAMP
);

CREATE TABLE IF NOT EXISTS import_ledger (
    order_id        VARCHAR(64)  PRIMARY KEY,
    customer_order  VARCHAR(64)  NOT NULL,
    tn_count        INT          NOT NULL,
    status          VARCHAR(20)  NOT NULL
);

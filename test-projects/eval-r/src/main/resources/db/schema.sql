-- Inventory mirror of the Dashboard account, refreshed by InventorySyncService.
CREATE TABLE IF NOT EXISTS tn_inventory (
    tn               CHAR(10)     PRIMARY KEY,
    npa              INT          NOT NULL,
    status           VARCHAR(24)  NOT NULL,
    site_id          VARCHAR(16),
    sms_enabled      BOOLEAN      DEFAULT FALSE,
    e911_address_id  VARCHAR(40),
    last_synced_at   TIMESTAMP
);

CREATE INDEX IF NOT EXISTS tn_inventory_npa ON tn_inventory (npa);

CREATE TABLE IF NOT EXISTS dashboard_orders (
    order_id     VARCHAR(64)  PRIMARY KEY,
    order_type   VARCHAR(32)  NOT NULL,
    status       VARCHAR(24)  NOT NULL,
    created_at   TIMESTAMP    DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS dashboard_order_numbers (
    order_id  VARCHAR(64) NOT NULL,
    tn        BIGINT      NOT NULL,
    PRIMARY KEY (order_id, tn)
);

CREATE TABLE IF NOT EXISTS customer_address (
    id          IDENTITY     PRIMARY KEY,
    account_id  VARCHAR(32)  NOT NULL,
    line1       VARCHAR(120) NOT NULL,
    city        VARCHAR(60)  NOT NULL,
    state       CHAR(2)      NOT NULL,
    zip         VARCHAR(10)  NOT NULL
);

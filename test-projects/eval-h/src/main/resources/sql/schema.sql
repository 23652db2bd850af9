-- tn_inventory: numbers stored national format since the 2016 BIGINT migration
CREATE TABLE IF NOT EXISTS tn_inventory (
    tn            BIGINT PRIMARY KEY,
    npa           INT NOT NULL,
    account_id    VARCHAR(16) NOT NULL,
    customer_id   VARCHAR(36),
    status        VARCHAR(16) NOT NULL,
    last_order_id VARCHAR(64),
    updated_at    TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS tn_inventory_history (
    tn          BIGINT NOT NULL,
    status      VARCHAR(16) NOT NULL,
    changed_at  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS import_order_tracking (
    order_id          VARCHAR(64) PRIMARY KEY,
    customer_order_id VARCHAR(64),
    processing_status VARCHAR(16),
    number_count      INT,
    last_checked      TIMESTAMP
);

CREATE TABLE IF NOT EXISTS market_quota (
    market_code   VARCHAR(8) PRIMARY KEY,
    npa           VARCHAR(3) NOT NULL,
    minimum_pool  INT NOT NULL,
    maximum_order INT NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE
);

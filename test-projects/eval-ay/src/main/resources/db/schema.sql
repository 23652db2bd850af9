-- Local store of numctl. Numbers are kept in national 10-digit form.

CREATE TABLE IF NOT EXISTS tn_inventory (
    tn           CHAR(10)     PRIMARY KEY,
    site_id      VARCHAR(16)  NOT NULL,
    status       VARCHAR(24)  NOT NULL,
    customer_id  VARCHAR(32),
    sip_uri      VARCHAR(128),
    updated_at   TIMESTAMP    DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS pending_activation (
    id            IDENTITY     PRIMARY KEY,
    order_id      VARCHAR(64)  NOT NULL,
    tn            CHAR(10)     NOT NULL,
    customer_id   VARCHAR(32)  NOT NULL,
    created_at    TIMESTAMP    DEFAULT CURRENT_TIMESTAMP,
    completed_at  TIMESTAMP
);

CREATE INDEX IF NOT EXISTS ix_pending_tn ON pending_activation (tn);
CREATE INDEX IF NOT EXISTS ix_pending_order ON pending_activation (order_id);

CREATE TABLE IF NOT EXISTS service_region (
    area_code  INT          PRIMARY KEY,
    region     VARCHAR(32)  NOT NULL,
    state      CHAR(2)      NOT NULL
);

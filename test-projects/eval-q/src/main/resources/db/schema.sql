-- TN inventory (numbers we own or host), keyed by the number as the carrier platform sends it.
CREATE TABLE IF NOT EXISTS tn_inventory (
    tn          CHAR(10)     NOT NULL PRIMARY KEY,
    area_code   INT          NOT NULL,
    status      VARCHAR(24)  NOT NULL,
    last_seen   TIMESTAMP    NOT NULL
);

CREATE INDEX IF NOT EXISTS tn_inventory_last_seen ON tn_inventory (last_seen);

-- Service addresses of our customers (internal API /api/accounts/{accountId}/addresses).
CREATE TABLE IF NOT EXISTS customer_address (
    id            IDENTITY     PRIMARY KEY,
    account_id    VARCHAR(32)  NOT NULL,
    house_number  VARCHAR(16)  NOT NULL,
    street        VARCHAR(128) NOT NULL,
    city          VARCHAR(64)  NOT NULL,
    state         CHAR(2)      NOT NULL,
    zip           VARCHAR(10)  NOT NULL
);

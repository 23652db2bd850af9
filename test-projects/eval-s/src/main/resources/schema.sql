CREATE TABLE IF NOT EXISTS tn_inventory (
    tn           CHAR(10)     PRIMARY KEY,
    customer_id  VARCHAR(32),
    npa          INTEGER      NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    order_id     VARCHAR(64),
    updated_at   TIMESTAMP    NOT NULL
);

CREATE TABLE IF NOT EXISTS pending_orders (
    order_id           VARCHAR(64) PRIMARY KEY,
    customer_order_id  VARCHAR(64) NOT NULL,
    created_at         TIMESTAMP   NOT NULL
);

CREATE TABLE IF NOT EXISTS hosted_messaging_order (
    order_id     VARCHAR(64) PRIMARY KEY,
    customer_id  VARCHAR(64),
    status       VARCHAR(16),
    tn_count     INTEGER
);

CREATE TABLE IF NOT EXISTS hosted_messaging_tn (
    tn           CHAR(10)    NOT NULL,
    order_id     VARCHAR(64) NOT NULL,
    customer_id  VARCHAR(64),
    released     BOOLEAN     DEFAULT FALSE
);

CREATE TABLE IF NOT EXISTS port_in_tn (
    port_order_id  VARCHAR(64) NOT NULL,
    tn             CHAR(10)    NOT NULL,
    dn             BIGINT,
    status         VARCHAR(16)
);

CREATE TABLE IF NOT EXISTS npa_switch (
    npa        CHAR(3)     PRIMARY KEY,
    switch_id  VARCHAR(16) NOT NULL
);

CREATE TABLE IF NOT EXISTS switch_translation (
    switch_id       VARCHAR(16) NOT NULL,
    dn              VARCHAR(11) NOT NULL,
    effective_date  DATE
);

CREATE TABLE IF NOT EXISTS e911_address (
    address_id  VARCHAR(64) PRIMARY KEY,
    one_line    VARCHAR(256),
    city        VARCHAR(64),
    state_code  CHAR(2),
    zip         VARCHAR(10),
    synced_at   TIMESTAMP
);

CREATE TABLE IF NOT EXISTS customer_address (
    customer_id     VARCHAR(32),
    one_line        VARCHAR(256),
    msag_community  VARCHAR(64)
);

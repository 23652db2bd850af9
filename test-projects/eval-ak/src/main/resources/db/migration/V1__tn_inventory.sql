CREATE TABLE tn_inventory (
    tn              CHAR(10)     PRIMARY KEY,
    customer_id     VARCHAR(40)  NOT NULL,
    site_id         INTEGER      NOT NULL,
    status          VARCHAR(20)  NOT NULL DEFAULT 'RESERVED',
    iris_order_id   VARCHAR(64),
    e911_address_id VARCHAR(64),
    sms_enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    area_code       INTEGER,
    updated_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX tn_inventory_customer ON tn_inventory (customer_id);

CREATE TABLE workflow_audit (
    id           BIGSERIAL PRIMARY KEY,
    workflow_id  VARCHAR(120) NOT NULL,
    event        VARCHAR(60)  NOT NULL,
    detail       TEXT,
    created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE e911_address_cache (
    address_id     VARCHAR(64)  PRIMARY KEY,
    customer_id    VARCHAR(40)  NOT NULL,
    house_number   VARCHAR(20)  NOT NULL,
    street_name    VARCHAR(120) NOT NULL,
    city           VARCHAR(80)  NOT NULL,
    state_code     CHAR(2)      NOT NULL,
    zip            VARCHAR(10)  NOT NULL,
    validated      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

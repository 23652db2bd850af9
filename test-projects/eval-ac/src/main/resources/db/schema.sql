-- Cobaltline numbering inventory. Flyway is run by the platform team from this file.
CREATE TABLE IF NOT EXISTS tn_inventory (
    tn              VARCHAR(10)  PRIMARY KEY,
    area_code       INTEGER      NOT NULL,
    customer_id     BIGINT,
    site_id         VARCHAR(16)  NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    sms_enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMP    NOT NULL
);

CREATE TABLE IF NOT EXISTS port_requests (
    id              BIGSERIAL    PRIMARY KEY,
    order_id        VARCHAR(64)  NOT NULL,
    billing_tn      BIGINT       NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    foc_date        DATE
);

CREATE TABLE IF NOT EXISTS e911_addresses (
    address_id      VARCHAR(64)  PRIMARY KEY,
    customer_id     BIGINT       NOT NULL,
    house_number    VARCHAR(16),
    street_name     VARCHAR(128),
    city            VARCHAR(64),
    state_code      CHAR(2),
    zip             VARCHAR(10)
);

CREATE TABLE phone_number (
    id                 BIGSERIAL PRIMARY KEY,
    tn                 VARCHAR(10)  NOT NULL UNIQUE,
    area_code          INTEGER,
    rate_center        VARCHAR(64),
    state              CHAR(2),
    status             VARCHAR(32)  NOT NULL,
    dashboard_order_id VARCHAR(64),
    customer_account   VARCHAR(16),
    sms_enabled        BOOLEAN      NOT NULL DEFAULT FALSE,
    activated_at       TIMESTAMPTZ
);

CREATE INDEX ix_phone_number_area_code ON phone_number (area_code);

CREATE TABLE number_order (
    id                 BIGSERIAL PRIMARY KEY,
    dashboard_order_id VARCHAR(64) UNIQUE,
    customer_order_id  VARCHAR(64) NOT NULL,
    order_type         VARCHAR(32) NOT NULL,
    status             VARCHAR(32),
    completed_quantity INTEGER     NOT NULL DEFAULT 0,
    failed_quantity    INTEGER     NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ,
    completed_at       TIMESTAMPTZ
);

CREATE TABLE e911_address (
    id                   BIGSERIAL PRIMARY KEY,
    dashboard_address_id VARCHAR(64),
    house_number         VARCHAR(16),
    street_name          VARCHAR(128),
    city                 VARCHAR(64),
    state_code           CHAR(2),
    zip                  VARCHAR(10),
    callback_number      VARCHAR(10),
    caller_name          VARCHAR(64),
    validated_at         TIMESTAMPTZ
);

CREATE TABLE callback_event (
    id               BIGSERIAL PRIMARY KEY,
    subscription_id  VARCHAR(64),
    order_id         VARCHAR(64),
    order_type       VARCHAR(32),
    status           VARCHAR(32),
    telephone_number BIGINT,
    received_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE dashboard_endpoint (
    name         VARCHAR(64) PRIMARY KEY,
    url_template VARCHAR(512) NOT NULL,
    http_method  VARCHAR(8)   NOT NULL,
    enabled      BOOLEAN      NOT NULL DEFAULT TRUE
);

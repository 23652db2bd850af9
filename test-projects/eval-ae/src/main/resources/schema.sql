create table if not exists numbers (
    tn          varchar(10) primary key,
    area_code   int not null,
    site_id     varchar(16),
    status      varchar(16) not null,
    sms_enabled boolean default false,
    last_seen   timestamp
);

create index if not exists numbers_area_code on numbers (area_code);

create table if not exists orders (
    order_id          varchar(64) primary key,
    customer_order_id varchar(64),
    order_type        varchar(32) not null,
    status            varchar(32) not null,
    batch_id          bigint,
    updated_at        timestamp default current_timestamp
);

create table if not exists customer_addresses (
    id              bigint auto_increment primary key,
    customer_id     varchar(32) not null,
    house_number    varchar(16),
    street_name     varchar(128),
    city            varchar(64),
    state_code      varchar(2),
    zip             varchar(10),
    e911_address_id varchar(64)
);

-- the NOC lines are always present, even on a fresh local database
merge into numbers (tn, area_code, site_id, status, sms_enabled) key (tn) values ('9195550100', 919, '3147', 'INSERVICE', true);
merge into numbers (tn, area_code, site_id, status, sms_enabled) key (tn) values ('9195550188', 919, '3147', 'INSERVICE', true);

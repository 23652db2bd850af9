-- Local mirror of the Dashboard inventory (see InventorySyncService / ReportReconciler).
CREATE TABLE IF NOT EXISTS phone_number (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tn              VARCHAR(10)  NOT NULL,
    area_code       INT          NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    site_id         VARCHAR(20),
    sms_enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    owner_mobile    VARCHAR(20),
    customer_id     VARCHAR(40),
    last_synced_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_phone_number_tn UNIQUE (tn)
);

CREATE INDEX IF NOT EXISTS idx_phone_number_area_status ON phone_number (area_code, status);
CREATE INDEX IF NOT EXISTS idx_phone_number_customer ON phone_number (customer_id);

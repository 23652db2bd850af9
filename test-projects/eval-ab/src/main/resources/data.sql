-- Our own published lines, so the admin pages are not empty on a fresh database.
MERGE INTO phone_number (tn, area_code, rate_center, status, customer_account, sms_enabled) KEY (tn) VALUES
    ('7575550100', 757, 'NORFOLK', 'IN_SERVICE', 'TWT-INTERNAL', TRUE),
    ('7575550101', 757, 'NORFOLK', 'IN_SERVICE', 'TWT-INTERNAL', FALSE),
    ('2525550177', 252, 'MANTEO', 'IN_SERVICE', 'TWT-INTERNAL', FALSE);

-- Kestrel's own lines, provisioned by hand before this service existed.
INSERT INTO phone_number (tn, area_code, rate_center, state, status, customer_account, sms_enabled) VALUES
    ('9194240100', 919, 'RALEIGH', 'NC', 'IN_SERVICE', '6052234987', TRUE),
    ('9194240101', 919, 'RALEIGH', 'NC', 'IN_SERVICE', '6052234987', TRUE),
    ('9842150177', 984, 'RALEIGH', 'NC', 'IN_SERVICE', '6052234987', FALSE);

INSERT INTO number_order (dashboard_order_id, customer_order_id, order_type, status, completed_quantity, created_at) VALUES
    ('47955555-67aa-4adb-8c0f-b6894e60c0dc', 'NL-6052234987-1718035200', 'new_number', 'COMPLETE', 3, '2024-06-10T16:00:00Z');

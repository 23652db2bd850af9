-- Sample data for `--stage dev`.

MERGE INTO service_region (area_code, region, state) KEY (area_code) VALUES
    (919, 'Triangle', 'NC'),
    (984, 'Triangle', 'NC'),
    (704, 'Charlotte', 'NC'),
    (336, 'Triad', 'NC');

MERGE INTO tn_inventory (tn, site_id, status, customer_id) KEY (tn) VALUES
    ('9195550101', '1432', 'ACTIVE', 'C-1001'),
    ('9195550102', '1432', 'ACTIVE', 'C-1001'),
    ('7045550133', '1432', 'INSERVICE', NULL);

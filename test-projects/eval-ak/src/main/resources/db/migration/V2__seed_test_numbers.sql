-- Numbers on the Dashboard test account that the smoke workflows may use.
INSERT INTO tn_inventory (tn, customer_id, site_id, status) VALUES
    ('9195550101', 'corvalink-smoke', 4411, 'INSERVICE'),
    ('9195550102', 'corvalink-smoke', 4411, 'INSERVICE'),
    ('3125550147', 'corvalink-smoke', 4411, 'RESERVED'),
    ('7045550193', 'corvalink-porting-lab', 4412, 'PORTING');

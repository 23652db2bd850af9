-- Dev data for the docker-compose stack. Never loaded in staging or prod.
INSERT INTO tn_inventory (tn, area_code, status, last_seen) VALUES ('9195550170', 919, 'IN_SERVICE', CURRENT_TIMESTAMP);
INSERT INTO tn_inventory (tn, area_code, status, last_seen) VALUES ('9195550171', 919, 'AVAILABLE', CURRENT_TIMESTAMP);
INSERT INTO tn_inventory (tn, area_code, status, last_seen) VALUES ('7045550172', 704, 'PORTING_IN', CURRENT_TIMESTAMP);

INSERT INTO customer_address (account_id, house_number, street, city, state, zip)
VALUES ('CUST-1001', '212', 'Glenwood Ave', 'Raleigh', 'NC', '27603');

-- Raw-call templates for the ops console. {accountId} is expanded at call time.
INSERT INTO dashboard_endpoint (name, url_template, http_method, enabled) VALUES
    ('inserviceNumbers', 'https://dashboard.bandwidth.com/api/accounts/{accountId}/inserviceNumbers?areaCode={areaCode}', 'GET', TRUE),
    ('e911Addresses', 'https://dashboard.bandwidth.com/api/accounts/{accountId}/addresses', 'GET', TRUE),
    ('importTnOrders', 'https://dashboard.bandwidth.com/v1.0/accounts/{accountId}/importTnOrders', 'GET', TRUE),
    ('externalTns', 'https://dashboard.bandwidth.com/api/accounts/{accountId}/externalTns', 'GET', FALSE),
    ('ordersV2', 'https://dashboard.bandwidth.com/api/v2/accounts/{accountId}/orders', 'GET', TRUE),
    ('messages', 'https://messaging.bandwidth.com/api/v2/users/{accountId}/messages', 'POST', TRUE);

package net.kestrelcable.provisioning.ordering;

import org.springframework.stereotype.Component;

/**
 * Builds area-code search-and-order bodies; the Dashboard picks the numbers.
 */
@Component
public class AreaCodeOrderBuilder {

    public String build(String customerOrderId, String siteId, int areaCode, int quantity) {
        return """
                <Order>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <PartialAllowed>false</PartialAllowed>
                  <AreaCodeSearchAndOrderType>
                    <AreaCode>%d</AreaCode>
                    <Quantity>%d</Quantity>
                  </AreaCodeSearchAndOrderType>
                </Order>
                """.formatted(customerOrderId, siteId, areaCode, quantity);
    }
}

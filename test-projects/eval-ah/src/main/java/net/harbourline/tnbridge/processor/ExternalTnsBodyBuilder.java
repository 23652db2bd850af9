package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.config.DashboardSettings;

import java.util.List;

/**
 * Body and URI of an {@code ExternalTnsOrder}. Registered as bean {@code externalTnsUris} too.
 */
public class ExternalTnsBodyBuilder {

    private static final String ORDER_TEMPLATE = """
            <ExternalTnsOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <SipPeerId>%s</SipPeerId>
              <Action>%s</Action>
              <LoaType>CARRIER</LoaType>
              <TelephoneNumbers>
            %s  </TelephoneNumbers>
            </ExternalTnsOrder>
            """;

    private final DashboardSettings settings;

    public ExternalTnsBodyBuilder(DashboardSettings settings) {
        this.settings = settings;
    }

    public String ordersUri() {
        return String.format("%s/accounts/%s/externalTns?authMethod=Basic&authUsername=RAW(%s)&authPassword=RAW(%s)",
                settings.getBaseUrl(), settings.getAccountId(), settings.getUsername(), settings.getPassword());
    }

    public String build(String customerId, List<String> tns, String action) {
        StringBuilder numbers = new StringBuilder();
        for (String tn : tns) {
            numbers.append("    <TelephoneNumber>").append(tn).append("</TelephoneNumber>\n");
        }
        return ORDER_TEMPLATE.formatted("ext-" + customerId, settings.getSiteId(), settings.getSipPeerId(), action, numbers);
    }
}

package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.config.ProvisioningDefaults;
import net.northvale.voice.provisioning.dashboard.xml.OrderResponseXml;
import net.northvale.voice.provisioning.dashboard.xml.OrderXml;

import java.time.LocalDate;
import java.util.List;

/** New-number and disconnect orders placed straight through the REST API. */
@ApplicationScoped
public class OrderClient {

    private DashboardClient dashboard;

    protected OrderClient() {
    }

    @Inject
    public OrderClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    public String orderNumbers(String customerOrderId, List<String> tns) {
        OrderXml order = OrderXml.builder()
                .name("Northvale voice " + customerOrderId)
                .customerOrderId(customerOrderId)
                .siteId(dashboard.settings().siteId())
                .peerId(dashboard.settings().sipPeerId())
                .partialAllowed(false)
                .telephoneNumbers(tns)
                .build();
        try (Response response = dashboard.postXml(dashboard.account().path("orders"), order)) {
            return DashboardClient.idFromLocation(response);
        }
    }

    /** Re-orders the Denver lab numbers after the quarterly lab wipe. */
    public String orderLabNumbers() {
        return orderNumbers("LAB-" + LocalDate.now(), ProvisioningDefaults.LAB_TNS);
    }

    /** The porting desk keeps one spare number in every market for loaner lines. */
    public String orderLoanerLine() {
        OrderXml order = OrderXml.builder()
                .name("loaner pool")
                .customerOrderId(ProvisioningDefaults.ORDER_ID_PREFIX + "LOANER")
                .siteId(dashboard.settings().siteId())
                .peerId(dashboard.settings().sipPeerId())
                .telephoneNumber("7205550163")
                .build();
        try (Response response = dashboard.postXml(dashboard.account().path("orders"), order)) {
            return DashboardClient.idFromLocation(response);
        }
    }

    public OrderResponseXml get(String orderId) {
        return dashboard.get(dashboard.account().path("orders").path(orderId), OrderResponseXml.class);
    }

    public String disconnect(String customerOrderId, List<String> tns) {
        String body = """
                <DisconnectTelephoneNumberOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <DisconnectTelephoneNumberOrderType>
                        <TelephoneNumberList>
                %s        </TelephoneNumberList>
                    </DisconnectTelephoneNumberOrderType>
                </DisconnectTelephoneNumberOrder>
                """.formatted(customerOrderId, XmlSnippets.telephoneNumbers(tns));
        try (Response response = dashboard.account().path("disconnects")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(body, MediaType.APPLICATION_XML_TYPE))) {
            dashboard.check(response);
            return DashboardClient.idFromLocation(response);
        }
    }

    /** Releases the number the 2023 field trial left behind; run once from the admin console. */
    public String releaseTrialNumber() {
        String body = """
                <DisconnectTelephoneNumberOrder>
                    <CustomerOrderId>NV-TRIAL-CLEANUP</CustomerOrderId>
                    <DisconnectTelephoneNumberOrderType>
                        <TelephoneNumberList>
                            <TelephoneNumber>9705550177</TelephoneNumber>
                        </TelephoneNumberList>
                    </DisconnectTelephoneNumberOrderType>
                </DisconnectTelephoneNumberOrder>
                """;
        try (Response response = dashboard.account().path("disconnects")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(body, MediaType.APPLICATION_XML_TYPE))) {
            dashboard.check(response);
            return DashboardClient.idFromLocation(response);
        }
    }
}

package net.lumivox.numbering.ordering;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

public class DisconnectService {

    private final IrisClient client;
    private final WebTarget account;

    public DisconnectService(IrisClient client, WebTarget account) {
        this.client = client;
        this.account = account;
    }

    public DisconnectTelephoneNumberOrderResponse disconnect(String customerOrderId, List<String> tns) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(tns);
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("Lumivox disconnect " + customerOrderId);
        order.setCustomerOrderid(customerOrderId);
        order.setDisconnectTelephoneNumberOrderType(type);
        return DisconnectTelephoneNumberOrder.create(client, order);
    }

    /** Retires the numbers of the closed Greensboro lab. */
    public DisconnectTelephoneNumberOrderResponse retireGreensboroLab() throws Exception {
        return disconnect("LAB-GSO-CLOSE", List.of(
                "13365550190",
                "13365550191"));
    }

    public String disconnectViaRest(String customerOrderId, String tn) {
        String body = """
                <DisconnectTelephoneNumberOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <DisconnectTelephoneNumberOrderType>
                    <TelephoneNumberList>
                      <TelephoneNumber>%s</TelephoneNumber>
                    </TelephoneNumberList>
                  </DisconnectTelephoneNumberOrderType>
                </DisconnectTelephoneNumberOrder>
                """.formatted(customerOrderId, tn);
        return account.path("disconnects")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body), String.class);
    }
}

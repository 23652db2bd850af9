package com.harborline.porting.service;

import com.harborline.porting.client.ImportOrdersClient;
import com.harborline.porting.config.DashboardProperties;
import com.harborline.porting.model.ImportOrderStatus;
import com.harborline.porting.util.XmlSupport;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
public class ImportOrderService {

    private final ImportOrdersClient client;
    private final DashboardProperties props;

    public ImportOrderService(ImportOrdersClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public String importForMessaging(String customerOrderId, String loaPerson, List<String> numbers) {
        StringBuilder xml = new StringBuilder()
                .append("<ImportTnOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<SiteId>").append(props.getSiteId()).append("</SiteId>")
                .append("<SipPeerId>").append(props.getSipPeerId()).append("</SipPeerId>")
                .append("<LoaAuthorizingPerson>").append(XmlSupport.escape(loaPerson)).append("</LoaAuthorizingPerson>")
                .append("<LoaType>CARRIER</LoaType>")
                .append("<TelephoneNumbers>");
        numbers.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></ImportTnOrder>");
        return client.createImportOrder(props.getAccountId(), xml.toString());
    }

    public ImportOrderStatus status(String orderId) {
        return XmlSupport.read(client.getImportOrder(props.getAccountId(), orderId), ImportOrderStatus.class);
    }

    public String history(String orderId) {
        return client.getImportOrderHistory(props.getAccountId(), orderId);
    }

    public String release(String customerOrderId, List<String> numbers) {
        String tns = String.join("", numbers.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>").toList());
        String xml = "<RemoveImportedTnOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + tns + "</TelephoneNumbers></RemoveImportedTnOrder>";
        return client.removeImported(props.getAccountId(), xml);
    }

    public String checkPortable() {
        String xml = "<ImportTnCheckerPayload><TelephoneNumbers>"
                + "<TelephoneNumber>4352154439</TelephoneNumber>"
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return client.checkPortability(props.getAccountId(), xml);
    }

    public String messagingStatus(String orderId) {
        return client.getMessagingImportOrder(props.getAccountId(), orderId);
    }
}

package com.kestrelvoice.numlife.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrisSdkGatewayTest {

    @Test
    void defaultClientBuildsTheVersionedPath() throws Exception {
        IrisClient client = new IrisClient("9900123", "numlife-svc", "secret");

        assertThat(client.buildAccountModelUri(new String[] {"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders");
    }

    @Test
    void versionReplacesWhateverPathTheUriHas() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900123", "numlife-svc", "secret", "v1.0");

        assertThat(client.buildAccountModelUri(new String[] {"inserviceNumbers"}))
                .endsWith("/accounts/9900123/inserviceNumbers");
    }

    @Test
    void canaryClientBuildsTheApiV2Path() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900123", "numlife-svc", "secret", "api/v2");

        assertThat(client.buildAccountModelUri(new String[] {"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900123/orders");
    }

    @Test
    void existingNumberOrderCarriesTheNumbers() {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of(
                "9194240111",
                "9194240112"));
        Order order = new Order();
        order.setCustomerOrderId("NL-6052234987-1718035200");
        order.setSiteId("38211");
        order.setExistingTelephoneNumberOrderType(existing);

        assertThat(order.getExistingTelephoneNumberOrderType().getTelephoneNumberList()).hasSize(2);
    }

    @Test
    void smsOptionGroup() {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(List.of("9842150177"));

        assertThat(group.getTelephoneNumbers()).hasSize(1);
    }

    @Test
    void importOrderNumbers() {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber("9194240133");
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("HM-6052234987");
        order.setSiteId(38211);
        order.setSipPeer(562114);
        order.setTelephoneNumberList(List.of(number));

        assertThat(order.getTelephoneNumberList()).extracting(TelephoneNumber::getFullNumber).hasSize(1);
    }

    @Test
    void portabilityCheckAcceptsBothFormats() {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(List.of(
                "7045550148",
                "+17045550149"));

        assertThat(request.getTnList()).hasSize(2);
    }

    @Test
    void completedNumbersAreTakenFromTheResponse() {
        TelephoneNumber completed = new TelephoneNumber();
        completed.setFullNumber("9194240155");
        OrderResponse response = new OrderResponse();
        response.setTelephoneNumbers(List.of(completed));
        IrisSdkGateway gateway = new IrisSdkGateway(null, DashboardTestSupport.properties("https://dashboard.bandwidth.com/api/v2"));

        assertThat(gateway.completedNumbers(response)).containsExactly("9194240155");
    }
}

package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.dashboard.DashboardPaths;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * TN option orders: texting on/off and calling-name display for batches of numbers.
 */
@Service
public class TnOptionService {

    private final IrisClient irisClient;
    private final RestClient restClient;
    private final DashboardProperties dashboard;

    public TnOptionService(IrisClient irisClient,
                           @Qualifier("dashboardRestClient") RestClient restClient,
                           DashboardProperties dashboard) {
        this.irisClient = irisClient;
        this.restClient = restClient;
        this.dashboard = dashboard;
    }

    public String setSms(List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("NW-SMS-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(irisClient, order);
        return response.getTnOptionOrder().getOrderId();
    }

    /** Same thing from the XML template, for the bulk tool that bypasses the SDK. */
    public String setSmsBulk(List<String> tns) throws IOException {
        String numbers = tns.stream()
                .map(tn -> "            <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = new ClassPathResource("templates/tn-option-sms.xml")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("${telephoneNumbers}", numbers);
        return restClient.post()
                .uri(DashboardPaths.TN_OPTIONS, dashboard.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String callingNameDisplay(List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallingNameDisplay(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("NW-CNAM-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(irisClient, order).getTnOptionOrder().getOrderId();
    }
}

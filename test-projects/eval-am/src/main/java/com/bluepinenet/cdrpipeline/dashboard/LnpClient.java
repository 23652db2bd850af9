package com.bluepinenet.cdrpipeline.dashboard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.stereotype.Component;

/** Port-in feasibility checks and port-in orders over REST. */
@Component
public class LnpClient {

    /** A number of the losing carrier's test range we dip every morning to see whether LNP checks work. */
    private static final String PROBE_REQUEST =
            "<NumberPortabilityRequest><TnList><Tn>9195550170</Tn></TnList></NumberPortabilityRequest>";

    private final DashboardHttpClient client;
    private final DashboardProperties props;
    private final XmlTemplates templates;

    public LnpClient(DashboardHttpClient client, DashboardProperties props, XmlTemplates templates) {
        this.client = client;
        this.props = props;
        this.templates = templates;
    }

    public CompletableFuture<String> probe() {
        return client.postXml(String.format(DashboardEndpoints.LNP_CHECKER, props.getAccountId()), PROBE_REQUEST);
    }

    public CompletableFuture<String> check(List<String> tns) {
        String body = "<NumberPortabilityRequest><TnList>"
                + tns.stream().map(tn -> "<Tn>" + tn + "</Tn>").collect(Collectors.joining())
                + "</TnList></NumberPortabilityRequest>";
        return client.postXml(String.format(DashboardEndpoints.LNP_CHECKER, props.getAccountId()), body);
    }

    public CompletableFuture<String> portIn(String customerOrderId, String btn, List<String> tns, String subscriber) {
        String numbers = tns.stream().map(tn -> "<PhoneNumber>" + tn + "</PhoneNumber>").collect(Collectors.joining());
        String body = templates.render("port-in-order.xml", Map.of(
                "customerOrderId", customerOrderId,
                "btn", btn,
                "subscriber", subscriber,
                "siteId", props.getSiteId(),
                "peerId", props.getSipPeerId(),
                "numbers", numbers));
        return client.postXml(String.format(DashboardEndpoints.PORT_INS, props.getAccountId()), body);
    }
}

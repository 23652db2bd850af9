package com.lumenline.provisioning.dashboard;

import java.util.List;

import com.lumenline.provisioning.config.DashboardProperties;
import com.lumenline.provisioning.constants.DashboardPaths;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Hosted messaging: brings numbers that live on another carrier's voice network onto our
 * messaging routing, and takes them off again. Raw HTTP, because the bulk importer needs the
 * Location header the SDK swallows.
 */
@Component
public class ImportTnOrderClient {

    private static final String IMPORT_BODY = """
            <ImportTnOrder>
                <CustomerOrderId>%s</CustomerOrderId>
                <SiteId>%s</SiteId>
                <SipPeerId>%s</SipPeerId>
                <Subscriber>
                    <Name>%s</Name>
                    <ServiceAddress>
                        <HouseNumber>%s</HouseNumber>
                        <StreetName>%s</StreetName>
                        <City>%s</City>
                        <StateCode>%s</StateCode>
                        <Zip>%s</Zip>
                    </ServiceAddress>
                </Subscriber>
                <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
                <LoaType>CARRIER</LoaType>
                <TelephoneNumbers>%s</TelephoneNumbers>
            </ImportTnOrder>
            """;

    private final RestTemplate restTemplate;
    private final DashboardProperties props;
    private final DefaultUriBuilderFactory uriFactory;

    public ImportTnOrderClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate, DashboardProperties props) {
        this.restTemplate = restTemplate;
        this.props = props;
        this.uriFactory = new DefaultUriBuilderFactory(props.baseUrl());
    }

    public String createImport(ImportRequest request) {
        StringBuilder tns = new StringBuilder();
        for (String tn : request.telephoneNumbers()) {
            tns.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        String body = IMPORT_BODY.formatted(request.customerOrderId(), props.defaultSiteId(),
                props.defaultSipPeerId(), request.subscriberName(), request.houseNumber(), request.streetName(),
                request.city(), request.stateCode(), request.zip(), request.loaAuthorizingPerson(), tns);
        var location = restTemplate.postForLocation(
                uriFactory.expand(props.endpoint("import-tn-orders"), props.accountId()), xml(body));
        return location == null ? null : location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
    }

    public String importHistory(String orderId) {
        return restTemplate.getForObject(
                uriFactory.expand(DashboardPaths.IMPORT_TN_ORDER_HISTORY, props.accountId(), orderId), String.class);
    }

    public String listImports(String status) {
        return restTemplate.getForObject(
                uriFactory.uriString(DashboardPaths.IMPORT_TN_ORDERS).queryParam("status", status)
                        .build(props.accountId()), String.class);
    }

    public String removeImported(String customerOrderId, List<String> telephoneNumbers) {
        StringBuilder body = new StringBuilder("<RemoveImportedTnOrder><CustomerOrderId>")
                .append(customerOrderId).append("</CustomerOrderId><TelephoneNumbers>");
        telephoneNumbers.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        var location = restTemplate.postForLocation(
                uriFactory.expand(props.endpoint("remove-imported-tn-orders"), props.accountId()), xml(body.toString()));
        return location == null ? null : location.toString();
    }

    /** Portability pre-check; unchanged between API versions. */
    public String checkImportable(List<String> telephoneNumbers) {
        StringBuilder body = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        telephoneNumbers.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></ImportTnCheckerPayload>");
        return restTemplate.postForObject(uriFactory.expand(DashboardPaths.IMPORT_TN_CHECKER, props.accountId()),
                xml(body.toString()), String.class);
    }

    private static HttpEntity<String> xml(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return new HttpEntity<>(body, headers);
    }

    public record ImportRequest(String customerOrderId, String subscriberName, String houseNumber,
                                String streetName, String city, String stateCode, String zip,
                                String loaAuthorizingPerson, List<String> telephoneNumbers) {
    }
}

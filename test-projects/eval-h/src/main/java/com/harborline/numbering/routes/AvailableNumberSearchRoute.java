package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import com.harborline.numbering.processors.AreaCodeCoverageProcessor;
import com.harborline.numbering.processors.TelephoneNumberExtractor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Number searches for the self-service portal and the sales tooling. Input headers:
 * {@code npa}, {@code quantity}.
 */
public class AvailableNumberSearchRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:searchAvailableByNpa")
                .routeId("available-number-search")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .setHeader(Exchange.HTTP_QUERY,
                        simple("areaCode=${header.npa}&quantity=${header.quantity}&enableTNDetail=false"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/availableNumbers")
                .convertBodyTo(String.class)
                .process(new TelephoneNumberExtractor());

        from("direct:searchAvailableQuick")
                .routeId("available-number-quick-search")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/availableNumbers?areaCode=${header.npa}&quantity=25")
                .convertBodyTo(String.class)
                .process(new TelephoneNumberExtractor());

        // Already on v2 for the international pilot; country filter included.
        from("direct:searchAvailableV2")
                .routeId("available-number-search-v2")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .setHeader(Exchange.HTTP_QUERY, simple("countryCodeA3=USA&areaCode=${header.npa}&quantity=10"))
                .toD("{{iris.v2.base}}/accounts/{{iris.accountId}}/availableNumbers")
                .convertBodyTo(String.class);

        from("direct:npaCoverage")
                .routeId("npa-coverage")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .setHeader(Exchange.HTTP_QUERY, simple("state=${header.state}&quantity=1"))
                .toD("{{iris.base:https://dashboard.bandwidth.com/api}}/accounts/{{iris.accountId}}/availableNpaNxx")
                .convertBodyTo(String.class)
                .process(new AreaCodeCoverageProcessor());
    }
}

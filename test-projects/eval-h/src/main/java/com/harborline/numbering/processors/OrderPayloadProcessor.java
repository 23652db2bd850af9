package com.harborline.numbering.processors;

import com.harborline.numbering.xml.PayloadTemplates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Renders one of the XML templates into the message body. Exchange headers become template
 * values; the List header {@code telephoneNumbers} becomes {@code ${telephoneNumbers}}.
 */
public class OrderPayloadProcessor implements Processor {

    private final String template;

    public OrderPayloadProcessor(String template) {
        this.template = template;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.getIn().setBody(render(template, exchange.getIn().getHeaders()));
        exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "application/xml");
    }

    @SuppressWarnings("unchecked")
    public static String render(String template, Map<String, Object> headers) {
        Map<String, String> values = new HashMap<>();
        headers.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                values.put(k, PayloadTemplates.telephoneNumberElements((List<String>) list));
            } else if (v != null) {
                values.put(k, String.valueOf(v));
            }
        });
        return PayloadTemplates.render(template, values);
    }
}

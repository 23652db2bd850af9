package org.harborline.provisioning.http;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Test;

public class UrlUtilTest {

    @Test
    public void joinsSegments() {
        assertEquals("https://portal.harborline.net/api/customers/42/addresses",
                UrlUtil.url("https://portal.harborline.net/api/", "customers", 42, "/addresses"));
    }

    @Test
    public void appendsQuery() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("areaCode", "919");
        q.put("active", true);
        assertEquals("http://localhost:8080/api/customers?areaCode=919&active=true",
                UrlUtil.withQuery("http://localhost:8080/api/customers", q));
    }

    @Test
    public void numbersAsSegments() {
        assertEquals("https://billing.harborline.net/api/v1/invoices/3104829150",
                UrlUtil.url("https://billing.harborline.net/api/v1/invoices", 3104829150L));
    }
}

package com.cobaltline.numbering.dashboard;

import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.core.UriBuilder;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.model.E911Address;
import com.cobaltline.numbering.transport.DashboardTransport;
import com.cobaltline.numbering.transport.XmlCodec;

/**
 * E911 service addresses of our subscribers. Every new enterprise site gets one before the first
 * number is activated there.
 */
public class E911AddressClient {

    private static final Pattern ID = Pattern.compile("<Id>([^<]+)</Id>");

    private final DashboardTransport transport;
    private final DashboardSettings settings;
    private final XmlCodec codec;

    public E911AddressClient(DashboardTransport transport, DashboardSettings settings, XmlCodec codec) {
        this.transport = transport;
        this.settings = settings;
        this.codec = codec;
    }

    public String create(E911Address address) {
        String path = "/accounts/" + settings.getAccountId() + "/addresses";
        String location = transport.post(path, codec.toXml(address));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public E911Address get(String addressId) {
        String path = String.format("/accounts/%s/addresses/%s", settings.getAccountId(), addressId);
        return codec.fromXml(transport.get(path), E911Address.class);
    }

    public void update(E911Address address) {
        transport.put(settings.accountPath() + "/addresses/" + address.getId(), codec.toXml(address));
    }

    public void delete(String addressId) {
        transport.delete("/accounts/%s/addresses/%s".formatted(settings.getAccountId(), addressId));
    }

    /** Address ids of one page; the Dashboard pages at 500. */
    public List<String> listIds(int page) {
        URI uri = UriBuilder.fromPath("accounts")
                .path(settings.getAccountId())
                .path("addresses")
                .queryParam("page", page)
                .queryParam("size", 500)
                .build();
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(transport.get("/" + uri));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Cheap probe for the Karaf health check: one address, or an error. */
    public boolean reachable() {
        String probe = MessageFormat.format("/accounts/{0}/addresses?page=1&size=1", settings.getAccountId());
        try {
            transport.get(probe);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

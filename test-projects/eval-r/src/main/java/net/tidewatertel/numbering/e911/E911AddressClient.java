package net.tidewatertel.numbering.e911;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClient;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import net.tidewatertel.numbering.config.DashboardSettings;
import net.tidewatertel.numbering.dashboard.DashboardEndpoints;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardRequestBuilder;
import net.tidewatertel.numbering.dashboard.EndpointTemplates;
import net.tidewatertel.numbering.dashboard.model.E911AddressDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E911 service addresses on the Dashboard account. Every number we activate for voice gets
 * one; the NOC edits them through the provisioning UI.
 */
@Singleton
public class E911AddressClient {

  private static final Logger LOG = LoggerFactory.getLogger(E911AddressClient.class);

  private static final String ADDRESS_URL_FORMAT = "%s/accounts/%s/addresses/%s";

  private final WebClient web;
  private final DashboardHttp dashboard;
  private final DashboardSettings settings;
  private final EndpointTemplates templates;
  private final XmlMapper xml;
  private final String username;
  private final String password;

  @Inject
  public E911AddressClient(WebClient web,
                           DashboardHttp dashboard,
                           DashboardSettings settings,
                           EndpointTemplates templates,
                           XmlMapper xml,
                           @Named("dashboard.username") String username,
                           @Named("dashboard.password") String password) {
    this.web = web;
    this.dashboard = dashboard;
    this.settings = settings;
    this.templates = templates;
    this.xml = xml;
    this.username = username;
    this.password = password;
  }

  public Future<List<E911AddressDoc>> list() {
    LOG.debug("listing E911 addresses: GET {}/accounts/{}/addresses", settings.baseUrl(), settings.accountId());
    return web.getAbs(settings.baseUrl() + "/accounts/" + settings.accountId() + "/addresses")
        .basicAuthentication(username, password)
        .addQueryParam("page", "1")
        .addQueryParam("size", "250")
        .send()
        .compose(resp -> DashboardHttp.body(resp, "list e911 addresses"))
        .map(this::readList);
  }

  public Future<E911AddressDoc> get(String addressId) {
    return web.getAbs(String.format(ADDRESS_URL_FORMAT, settings.baseUrl(), settings.accountId(), addressId))
        .basicAuthentication(username, password)
        .send()
        .compose(resp -> DashboardHttp.body(resp, "get e911 address " + addressId))
        .map(body -> read(body, E911AddressDoc.class));
  }

  public Future<String> create(E911AddressDoc address) {
    String body = write(address);
    return DashboardRequestBuilder.on(web)
        .host(settings.host(), DashboardEndpoints.HTTPS_PORT, true)
        .method(HttpMethod.POST)
        .segment("api")
        .segment("accounts")
        .segment(settings.accountId())
        .segment("addresses")
        .credentials(username, password)
        .build()
        .putHeader("Content-Type", DashboardHttp.XML)
        .sendBuffer(Buffer.buffer(body))
        .compose(resp -> DashboardHttp.body(resp, "create e911 address")
            .map(ignored -> DashboardHttp.idFromLocation(resp)))
        .onSuccess(id -> LOG.info("created e911 address {} for {} {}", id, address.getHouseNumber(), address.getStreetName()));
  }

  /** Addresses near a ZIP code, for the address picker of the provisioning UI. */
  public Future<List<E911AddressDoc>> inZip(String zip) {
    String url = MessageFormat.format("{0}/accounts/{1}/addresses?zip={2}", settings.baseUrl(), settings.accountId(), zip);
    return web.getAbs(url)
        .basicAuthentication(username, password)
        .send()
        .compose(resp -> DashboardHttp.body(resp, "e911 addresses in " + zip))
        .map(this::readList);
  }

  public Future<Void> update(E911AddressDoc address) {
    String url = String.join("/", settings.baseUrl(), "accounts", settings.accountId(), "addresses", address.getAddressId());
    return web.putAbs(url)
        .basicAuthentication(username, password)
        .putHeader("Content-Type", DashboardHttp.XML)
        .sendBuffer(Buffer.buffer(write(address)))
        .compose(resp -> DashboardHttp.body(resp, "update e911 address " + address.getAddressId()))
        .mapEmpty();
  }

  public Future<Void> delete(String addressId) {
    String path = templates.expand("e911-address", Map.of("addressId", addressId));
    return dashboard.getAbsolute(dashboard.url(path))
        .method(HttpMethod.DELETE)
        .send()
        .compose(resp -> DashboardHttp.body(resp, "delete e911 address " + addressId))
        .mapEmpty();
  }

  /** Address validation already moved to v2 with the E911 team's pilot. */
  public Future<Boolean> validate(E911AddressDoc address) {
    return web.postAbs(DashboardEndpoints.PROD_V2_BASE_URL + "accounts/" + settings.accountId() + "/e911Addresses/validate")
        .basicAuthentication(username, password)
        .putHeader("Content-Type", DashboardHttp.XML)
        .sendBuffer(Buffer.buffer(write(address)))
        .map(resp -> resp.statusCode() == 200);
  }

  private List<E911AddressDoc> readList(String body) {
    try {
      return xml.readValue(body, new TypeReference<List<E911AddressDoc>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable address list", e);
    }
  }

  private <T> T read(String body, Class<T> type) {
    try {
      return xml.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable " + type.getSimpleName(), e);
    }
  }

  private String write(Object value) {
    try {
      return xml.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

package net.tidewatertel.numbering.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.dashboard.model.InserviceNumbersResponse;
import net.tidewatertel.numbering.store.NumberRecord;
import net.tidewatertel.numbering.store.NumberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the in-service inventory of each managed area code from the Dashboard and mirrors it
 * into {@code tn_inventory}. Runs hourly from {@code PeriodicJobsVerticle}.
 */
@Singleton
public class InventorySyncService {

  private static final Logger LOG = LoggerFactory.getLogger(InventorySyncService.class);

  private final DashboardHttp dashboard;
  private final XmlMapper xml;
  private final NumberStore store;
  private final List<String> managedAreaCodes;
  private final int pageSize;
  private final String siteId;

  @Inject
  public InventorySyncService(DashboardHttp dashboard,
                              XmlMapper xml,
                              NumberStore store,
                              @Named("dashboard.managed-area-codes") String managedAreaCodes,
                              @Named("dashboard.page-size") int pageSize,
                              @Named("dashboard.site-id") String siteId) {
    this.dashboard = dashboard;
    this.xml = xml;
    this.store = store;
    this.managedAreaCodes = Arrays.stream(managedAreaCodes.split(",")).map(String::trim).toList();
    this.pageSize = pageSize;
    this.siteId = siteId;
  }

  public Future<Integer> syncAll() {
    Future<Integer> chain = Future.succeededFuture(0);
    for (String npa : managedAreaCodes) {
      chain = chain.compose(total -> syncArea(npa).map(count -> total + count));
    }
    return chain
        .onSuccess(total -> LOG.info("inventory sync done: {} numbers in {} area codes", total, managedAreaCodes.size()))
        .onFailure(err -> LOG.error("inventory sync failed", err));
  }

  Future<Integer> syncArea(String npa) {
    LOG.debug("GET {}/inserviceNumbers?areaCode={}", dashboard.accountUrl(""), npa);
    return dashboard.get(DashboardPaths.IN_SERVICE)
        .addQueryParam("areaCode", npa)
        .addQueryParam("size", String.valueOf(pageSize))
        .send()
        .compose(resp -> DashboardHttp.body(resp, "inserviceNumbers " + npa))
        .map(this::parse)
        .compose(page -> save(page.getTelephoneNumbers()));
  }

  InserviceNumbersResponse parse(String body) {
    try {
      return xml.readValue(body, InserviceNumbersResponse.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable inserviceNumbers answer", e);
    }
  }

  Future<Integer> save(List<String> telephoneNumbers) {
    List<NumberRecord> records = new ArrayList<>(telephoneNumbers.size());
    for (String tn : telephoneNumbers) {
      if (tn.length() != 10) {
        LOG.warn("skipping unexpected number {} in inserviceNumbers", tn);
        continue;
      }
      int npa = Integer.parseInt(tn.substring(0, 3));
      records.add(NumberRecord.inService(tn, npa, siteId));
    }
    return store.upsertAll(records);
  }
}

package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import net.cobaltline.inventory.client.DashboardAccountsClient;
import net.cobaltline.inventory.client.DashboardTargets;
import net.cobaltline.inventory.config.DashboardConfig;
import net.cobaltline.inventory.config.DashboardPaths;
import net.cobaltline.inventory.model.dashboard.AvailableNpaNxxResponse;
import net.cobaltline.inventory.model.dashboard.AvailableNumbersResponse;
import net.cobaltline.inventory.model.dashboard.InserviceNumbersResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Searches for numbers we can order, and for numbers already in service, by area code.
 */
@ApplicationScoped
public class NumberSearchService {

    private static final Logger LOG = Logger.getLogger(NumberSearchService.class);
    private static final int PAGE_SIZE = 500;

    @Inject
    @RestClient
    DashboardAccountsClient accounts;

    @Inject
    DashboardTargets targets;

    @Inject
    DashboardConfig config;

    public List<String> availableInAreaCode(int areaCode, int quantity) {
        LOG.debugf("Searching %d numbers in NPA %d", quantity, areaCode);
        AvailableNumbersResponse response =
                accounts.searchByAreaCode(config.accountId(), String.valueOf(areaCode), quantity, false);
        return response.getTelephoneNumbers();
    }

    public List<String> availableInRateCenter(String rateCenter, String state, int quantity) {
        return accounts.searchByRateCenter(config.accountId(), rateCenter, state, quantity).getTelephoneNumbers();
    }

    /** Free NPA-NXX blocks in an area code; used by sales to promise vanity exchanges. */
    public List<AvailableNpaNxxResponse.Block> exchangesWithStock(String areaCode, int minimum) {
        List<AvailableNpaNxxResponse.Block> blocks = targets.account()
                .path("availableNpaNxx")
                .queryParam("areaCode", areaCode)
                .queryParam(DashboardPaths.QUANTITY_PARAM, minimum)
                .request(MediaType.APPLICATION_XML)
                .get(AvailableNpaNxxResponse.class)
                .getBlocks();
        int requested = Integer.parseInt(areaCode);
        return blocks.stream()
                .filter(b -> b.getNpa() == requested)
                .filter(b -> b.getQuantity() >= minimum)
                .toList();
    }

    /**
     * Search by area code with the country filter the v2 API will require. The portal calls this
     * one for Canadian area codes, where the filter was needed already.
     */
    public List<String> availableInAreaCode(String countryA3, String areaCode, int quantity) {
        return targets.account()
                .path(DashboardPaths.AVAILABLE_NUMBERS)
                .queryParam(DashboardPaths.COUNTRY_PARAM, countryA3)
                .queryParam(DashboardPaths.AREA_CODE_PARAM, areaCode)
                .queryParam(DashboardPaths.QUANTITY_PARAM, quantity)
                .request(MediaType.APPLICATION_XML)
                .get(AvailableNumbersResponse.class)
                .getTelephoneNumbers();
    }

    /** All numbers in service in one area code, following the paging links. */
    public List<String> inServiceInAreaCode(String areaCode) {
        List<String> numbers = new ArrayList<>();
        int page = 1;
        InserviceNumbersResponse response;
        do {
            response = accounts.inserviceByAreaCode(config.accountId(), areaCode, page++, PAGE_SIZE);
            numbers.addAll(response.getTelephoneNumbers());
        } while (response.getLinks() != null && response.getLinks().getNext() != null);
        return numbers;
    }

    public int countInService(String areaCode) {
        return targets.account()
                .path(DashboardPaths.INSERVICE_NUMBERS)
                .path("totals")
                .queryParam("areacode", areaCode)
                .request(MediaType.APPLICATION_XML)
                .get(InserviceNumbersResponse.class)
                .getTotalCount();
    }
}

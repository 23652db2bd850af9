package net.korvalink.edge.shell;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.dashboard.DashboardEndpoints;
import net.korvalink.edge.dashboard.DashboardHttpClient;
import net.korvalink.edge.dashboard.InventoryService;
import net.korvalink.edge.dashboard.NumberSearchService;
import net.korvalink.edge.dashboard.model.DashboardResponses;
import net.korvalink.edge.sdk.IrisSdkFacade;
import net.korvalink.edge.sdk.SdkNumberSearch;

@ShellComponent
public class NumberCommands {

    private final NumberSearchService search;
    private final InventoryService inventory;
    private final SdkNumberSearch sdkSearch;
    private final IrisSdkFacade sdk;
    private final DashboardHttpClient dashboard;
    private final XmlMapper xml;

    public NumberCommands(NumberSearchService search, InventoryService inventory, SdkNumberSearch sdkSearch,
            IrisSdkFacade sdk, DashboardHttpClient dashboard, XmlMapper xml) {
        this.search = search;
        this.inventory = inventory;
        this.sdkSearch = sdkSearch;
        this.sdk = sdk;
        this.dashboard = dashboard;
        this.xml = xml;
    }

    @ShellMethod(key = "numbers search", value = "Search available numbers in an area code.")
    public String searchNumbers(@ShellOption(help = "three-digit area code") String areaCode,
            @ShellOption(defaultValue = "10") int quantity) {
        return String.join("\n", search.searchByAreaCode(areaCode, quantity));
    }

    @ShellMethod(key = "numbers inservice", value = "List in-service numbers of an area code, formatted.")
    public String inService(@ShellOption String areaCode) {
        return inventory.inServiceByAreaCode(areaCode).stream()
                .map(tn -> tn.replaceFirst("(\\d{3})(\\d{3})(\\d{4})", "($1) $2-$3"))
                .collect(Collectors.joining("\n"));
    }

    @ShellMethod(key = "numbers overlay", value = "In-service numbers across several area codes, e.g. 919,984.")
    public String overlay(@ShellOption String areaCodes) {
        return String.join("\n", inventory.inServiceForAreaCodes(List.of(areaCodes.split(","))));
    }

    @ShellMethod(key = "numbers exchanges", value = "Available exchanges per NPA.")
    public String exchanges(@ShellOption String areaCode) throws Exception {
        Map<Integer, SdkNumberSearch.NpaSummary> summary = sdkSearch.summarize(areaCode);
        return summary.values().stream()
                .map(s -> s.areaCode() + ": " + s.exchanges() + " exchanges, " + s.availableNumbers() + " numbers")
                .collect(Collectors.joining("\n"));
    }

    @ShellMethod(key = "numbers order", value = "Order specific numbers, comma separated.")
    public String order(@ShellOption String numbers, @ShellOption String ticket) throws Exception {
        return sdk.orderNumbers(List.of(numbers.split(",")), ticket).getOrderStatus();
    }

    @ShellMethod(key = "numbers order-status", value = "Show an order, flagging the Charlotte overlay.")
    public String orderStatus(@ShellOption String orderId) throws Exception {
        DashboardResponses.OrderResponse response = xml.readValue(
                dashboard.get("/accounts/" + dashboard.accountId() + "/orders/" + orderId),
                DashboardResponses.OrderResponse.class);
        DashboardResponses.AreaCodeSearch areaSearch = response.order.areaCodeSearch;
        String note = areaSearch != null && areaSearch.areaCode == 980 ? " (overlay, check 704 first)" : "";
        return response.orderStatus + ", " + response.completedQuantity + " completed" + note;
    }

    @ShellMethod(key = "numbers tn", value = "Raw TN details.")
    public String tnDetails(@ShellOption String tn) throws Exception {
        DashboardResponses.TnDetail detail = xml.readValue(
                dashboard.get(String.format(DashboardEndpoints.TN_DETAILS, tn)), DashboardResponses.TnDetail.class);
        return detail.fullNumber + " " + detail.status + " (" + detail.rateCenter + ", site " + detail.siteId + ")";
    }

    @ShellMethod(key = "numbers portal", value = "Portal link for the account.")
    public String portal() {
        return DashboardEndpoints.PORTAL + "accounts/" + dashboard.accountId();
    }
}

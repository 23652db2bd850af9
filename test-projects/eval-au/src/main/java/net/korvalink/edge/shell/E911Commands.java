package net.korvalink.edge.shell;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

import net.korvalink.edge.dashboard.DashboardEndpoints;
import net.korvalink.edge.dashboard.DashboardHttpClient;
import net.korvalink.edge.dashboard.E911AddressClient;

@ShellComponent
public class E911Commands {

    private final E911AddressClient e911;
    private final DashboardHttpClient dashboard;

    public E911Commands(E911AddressClient e911, DashboardHttpClient dashboard) {
        this.e911 = e911;
        this.dashboard = dashboard;
    }

    @ShellMethod(key = "e911 list", value = "List E911 addresses on the Dashboard account.")
    public String list() {
        return e911.listAddresses();
    }

    @ShellMethod(key = "e911 show", value = "Show one E911 address and a link to it.")
    public String show(@ShellOption String addressId) {
        return e911.getAddress(addressId) + "\n" + e911.addressUri(addressId);
    }

    @ShellMethod(key = "e911 tns", value = "Numbers registered at an E911 address.")
    public String numbersAt(@ShellOption String addressId) {
        return dashboard.get(DashboardEndpoints.account(dashboard.accountId(), "addresses", addressId, "tns"));
    }

    @ShellMethod(key = "e911 history", value = "Change history of an E911 address.")
    public String history(@ShellOption String addressId) throws Exception {
        return e911.addressHistory(addressId);
    }

    @ShellMethod(key = "e911 delete", value = "Delete an E911 address (needs an MFA code).")
    public String delete(@ShellOption String addressId) {
        e911.deleteAddress(addressId);
        return "deleted " + addressId;
    }
}

package com.harborline.porting.service;

import com.harborline.porting.client.E911AddressClient;
import com.harborline.porting.config.DashboardProperties;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;

@Singleton
public class E911Service {

    private static final Logger LOG = LoggerFactory.getLogger(E911Service.class);
    private static final String ADDRESS_TEMPLATE = "{0}/accounts/{1}/addresses";

    private final E911AddressClient addresses;
    private final HttpClient http;
    private final DashboardProperties props;

    public E911Service(E911AddressClient addresses, @Client("${dashboard.url}") HttpClient http, DashboardProperties props) {
        this.addresses = addresses;
        this.http = http;
        this.props = props;
    }

    public String allAddresses() {
        LOG.info("Loading E911 addresses from https://dashboard.bandwidth.com/api/accounts/{}/addresses", props.getAccountId());
        return addresses.listAddresses(props.getAccountId(), "false", 1, 500);
    }

    public String address(String addressId) {
        return addresses.getAddress(props.getAccountId(), addressId);
    }

    public String addressRaw(String addressId) {
        String url = String.format("%s/accounts/%s/addresses/%s", props.getUrl(), props.getAccountId(), addressId);
        return http.toBlocking().retrieve(HttpRequest.GET(url).basicAuth(props.getUsername(), props.getPassword()));
    }

    public String exportAll() {
        String url = MessageFormat.format(ADDRESS_TEMPLATE, props.getUrl(), props.getAccountId());
        return http.toBlocking().retrieve(HttpRequest.GET(url).basicAuth(props.getUsername(), props.getPassword()));
    }

    public String e911Address(String addressId) {
        return addresses.getE911Address(props.getAccountId(), addressId);
    }
}

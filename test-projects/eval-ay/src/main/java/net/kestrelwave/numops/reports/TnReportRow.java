package net.kestrelwave.numops.reports;

import com.opencsv.bean.CsvBindByName;

/** A row of the Dashboard "Telephone Number Inventory" report. */
public class TnReportRow {

    @CsvBindByName(column = "Telephone Number", required = true)
    private long telephoneNumber;

    @CsvBindByName(column = "NPA")
    private Integer npa;

    @CsvBindByName(column = "Rate Center")
    private String rateCenter;

    @CsvBindByName(column = "State")
    private String state;

    @CsvBindByName(column = "Site Id")
    private long siteId;

    @CsvBindByName(column = "Sip Peer Id")
    private long sipPeerId;

    @CsvBindByName(column = "Account Id")
    private long accountId;

    public long getTelephoneNumber() {
        return telephoneNumber;
    }

    public Integer getNpa() {
        return npa;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public String getState() {
        return state;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getSipPeerId() {
        return sipPeerId;
    }

    public long getAccountId() {
        return accountId;
    }
}

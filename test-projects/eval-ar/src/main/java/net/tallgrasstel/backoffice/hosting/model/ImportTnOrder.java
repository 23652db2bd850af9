package net.tallgrasstel.backoffice.hosting.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A hosted-messaging import as the sales team hands it over (one CSV row per customer), before
 * it is turned into a carrier order.
 */
public class ImportTnOrder {

    private String customerName;
    private String crmAccountNumber;
    private String loaSigner;
    private final List<String> numbers = new ArrayList<>();

    public static ImportTnOrder fromCsvRow(String[] cols) {
        ImportTnOrder o = new ImportTnOrder();
        o.customerName = cols[0].trim();
        o.crmAccountNumber = cols[1].trim();
        o.loaSigner = cols[2].trim();
        for (String n : cols[3].split(";")) {
            if (!n.isBlank()) {
                o.numbers.add(n.trim());
            }
        }
        return o;
    }

    public static ImportTnOrder merge(ImportTnOrder a, ImportTnOrder b) {
        ImportTnOrder o = new ImportTnOrder();
        o.customerName = a.customerName;
        o.crmAccountNumber = a.crmAccountNumber;
        o.loaSigner = a.loaSigner;
        o.numbers.addAll(a.numbers);
        o.numbers.addAll(b.numbers);
        return o;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCrmAccountNumber() {
        return crmAccountNumber;
    }

    public String getLoaSigner() {
        return loaSigner;
    }

    public List<String> getNumbers() {
        return numbers;
    }
}

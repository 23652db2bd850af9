package org.harborline.provisioning.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.google.common.base.Splitter;
import org.apache.commons.lang3.StringUtils;
import org.harborline.provisioning.config.IrisConstants;

/**
 * Imports a customer's hosted-messaging upload (CSV: tn,label) and hands it to the SDK.
 */
public class CsvTnImporter {

    private static final Splitter CSV = Splitter.on(',').trimResults();

    private final IrisClient client;

    public CsvTnImporter(IrisClient client) {
        this.client = client;
    }

    List<String> readNumbers(Reader in) throws IOException {
        List<String> tns = new ArrayList<>();
        BufferedReader reader = new BufferedReader(in);
        String line;
        while ((line = reader.readLine()) != null) {
            List<String> cols = CSV.splitToList(line);
            String tn = StringUtils.getDigits(cols.get(0));
            if (tn.length() == 10) {
                tns.add(tn);
            }
        }
        return tns;
    }

    public ImportTnOrdersResponse importUpload(String customerOrderId, Reader upload) throws Exception {
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : readNumbers(upload)) {
            TelephoneNumber t = new TelephoneNumber();
            t.setFullNumber(tn);
            numbers.add(t);
        }
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(IrisConstants.DEFAULT_SITE_ID));
        order.setTelephoneNumberList(numbers);
        return ImportTnOrder.Create(client, order);
    }
}

package com.cobaltline.numbering.sdk;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnError;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.cobaltline.numbering.config.DashboardSettings;

/**
 * Hosted messaging through the SDK: check, import, LOA upload, removal.
 */
public class HostedNumberService {

    private final IrisClient client;
    private final DashboardSettings settings;

    public HostedNumberService(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Numbers the Dashboard refuses to import, with the reason. */
    public Map<String, String> notImportable(List<String> telephoneNumbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(telephoneNumbers);
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        Map<String, String> refused = new HashMap<>();
        List<ImportTnError> errors = response.getImportTnCheckerPayload().getImportTnErrorList();
        if (errors != null) {
            for (ImportTnError error : errors) {
                for (TelephoneNumber tn : error.getTelephoneNumberList()) {
                    refused.put(tn.getFullNumber(), error.getDescription());
                }
            }
        }
        return refused;
    }

    public String importNumbers(List<String> telephoneNumbers, String loaAuthorizingPerson, String customerOrderId)
            throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(settings.getSiteId()));
        order.setSipPeer(Integer.parseInt(settings.getSipPeerId()));
        order.setLoaAuthorizingPerson(loaAuthorizingPerson);
        order.setTelephoneNumberList(toModel(telephoneNumbers));
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public ImportTnOrder importOrder(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId);
    }

    public ImportTnOrders openImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return ImportTnOrder.List(client, query);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public void attachLoa(String orderId, File signedLoa) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, signedLoa, "application/pdf");
    }

    public String removeNumbers(List<String> telephoneNumbers, String customerOrderId) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(toModel(telephoneNumbers));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    private static List<TelephoneNumber> toModel(List<String> telephoneNumbers) {
        List<TelephoneNumber> result = new ArrayList<>();
        for (String tn : telephoneNumbers) {
            TelephoneNumber model = new TelephoneNumber();
            model.setFullNumber(tn);
            result.add(model);
        }
        return result;
    }
}

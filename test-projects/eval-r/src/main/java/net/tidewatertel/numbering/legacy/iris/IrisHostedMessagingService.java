package net.tidewatertel.numbering.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.Note;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The porting desk's hosted-messaging tooling, on the Iris SDK. The service proper uses
 * {@code net.tidewatertel.numbering.hosted.HostedMessagingClient}.
 */
public class IrisHostedMessagingService {

  private final IrisClient client;
  private final int siteId;
  private final int sipPeerId;

  public IrisHostedMessagingService(IrisClient client, int siteId, int sipPeerId) {
    this.client = client;
    this.siteId = siteId;
    this.sipPeerId = sipPeerId;
  }

  public List<String> checkImportable(List<String> telephoneNumbers) throws Exception {
    ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
    payload.setTelephoneNumberList(telephoneNumbers);
    ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
    return response.getImportTnCheckerPayload().getTelephoneNumberList();
  }

  public String importNumbers(String customerOrderId, Subscriber subscriber, String loaPerson,
                              List<String> telephoneNumbers) throws Exception {
    ImportTnOrder order = new ImportTnOrder();
    order.setCustomerOrderId(customerOrderId);
    order.setSiteId(siteId);
    order.setSipPeer(sipPeerId);
    order.setSubscriber(subscriber);
    order.setLoaAuthorizingPerson(loaPerson);
    order.setTelephoneNumberList(telephoneNumbers.stream().map(IrisHostedMessagingService::tn).toList());
    ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
    return response.getImportTnOrder().getOrderId();
  }

  public String importStatus(String orderId) throws Exception {
    return ImportTnOrder.Get(client, orderId).getProcessingStatus();
  }

  public OrderHistoryWrapper importHistory(String orderId) throws Exception {
    return ImportTnOrder.GetHistory(client, orderId);
  }

  public void uploadLoa(String orderId, File signedLoa) throws Exception {
    ImportTnOrder.UploadLoasFile(client, orderId, signedLoa, "application/pdf");
  }

  /** The SDK cannot post notes on import orders; this goes through the raw client. */
  public void addNote(String orderId, String text) throws Exception {
    Note note = new Note();
    note.setUserId("porting-desk");
    note.setDescription(text);
    client.post(client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, orderId, "notes"}), note);
  }

  public int openImports() throws Exception {
    Map<String, Object> query = new HashMap<>();
    query.put("status", "PROCESSING");
    ImportTnOrders orders = ImportTnOrder.List(client, query);
    return orders.getTotalCount();
  }

  public String removeNumbers(String customerOrderId, List<String> telephoneNumbers) throws Exception {
    RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
    removal.setCustomerOrderId(customerOrderId);
    removal.setTelephoneNumberList(telephoneNumbers.stream().map(IrisHostedMessagingService::tn).toList());
    RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
    return response.getRemoveImportedTnOrder().getOrderId();
  }

  public String removalStatus(String orderId) throws Exception {
    return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
  }

  public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
    return RemoveImportedTnOrder.GetHistory(client, orderId);
  }

  private static TelephoneNumber tn(String number) {
    TelephoneNumber tn = new TelephoneNumber();
    tn.setFullNumber(number);
    return tn;
  }
}

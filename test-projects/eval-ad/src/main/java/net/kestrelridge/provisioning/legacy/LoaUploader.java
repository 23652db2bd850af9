package net.kestrelridge.provisioning.legacy;

import static com.bandwidth.iris.sdk.model.ImportTnOrder.UploadLoasFile;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.FileListResponse;
import java.io.File;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Attaches signed LOA PDFs to hosted-messaging import orders.
 */
@Singleton
public class LoaUploader {

    private static final String PDF = "application/pdf";

    private final IrisClient client;

    @Inject
    public LoaUploader(IrisClient client) {
        this.client = client;
    }

    public void upload(String importOrderId, File signedLoa) {
        try {
            UploadLoasFile(client, importOrderId, signedLoa, PDF);
        } catch (Exception e) {
            throw new IrisSdkAdapter.AdapterException("UploadLoasFile " + importOrderId, e);
        }
    }

    public int attachedFiles(String importOrderId) {
        try {
            FileListResponse files = com.bandwidth.iris.sdk.model.ImportTnOrder.GetLoas(client, importOrderId);
            return files.getFileCount();
        } catch (Exception e) {
            throw new IrisSdkAdapter.AdapterException("GetLoas " + importOrderId, e);
        }
    }
}

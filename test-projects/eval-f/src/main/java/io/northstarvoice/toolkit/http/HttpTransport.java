package io.northstarvoice.toolkit.http;

import java.io.IOException;

/** The one seam between the toolkit and the network; tests replace it with a recording double. */
@FunctionalInterface
public interface HttpTransport {

    HttpResult send(IrisRequest request) throws IOException;
}

package net.northvale.voice.provisioning.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Our own REST API, consumed by the self-care portal and the CSR desktop. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}

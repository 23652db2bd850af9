package net.harbourline.numberdesk.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All our REST resources live under https://numberdesk.harbourline.net/api/. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}

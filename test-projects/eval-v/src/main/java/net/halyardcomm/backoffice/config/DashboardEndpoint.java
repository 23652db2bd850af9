package net.halyardcomm.backoffice.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a client class with the Dashboard base URL it was written against. The value is
 * used when no {@code iris.base-url} is configured (batch tools started from cron).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DashboardEndpoint {

    String value();

    /** Read timeout in seconds. */
    int timeoutSeconds() default 30;
}

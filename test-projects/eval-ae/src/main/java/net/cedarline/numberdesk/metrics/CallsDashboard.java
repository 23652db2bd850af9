package net.cedarline.numberdesk.metrics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that calls the Dashboard; the value is the endpoint, used as the
 * "endpoint" tag on latency metrics and in the API inventory page.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CallsDashboard {
    String value();
}

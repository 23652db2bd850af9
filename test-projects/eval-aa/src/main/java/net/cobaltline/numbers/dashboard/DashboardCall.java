package net.cobaltline.numbers.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents which Dashboard operation a client method performs. {@link CallMetrics} uses the
 * path template as the metric dimension so that dashboards group calls per operation, not per id.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DashboardCall {

    String method() default "GET";

    String path();
}

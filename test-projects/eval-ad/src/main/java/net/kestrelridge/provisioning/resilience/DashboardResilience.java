package net.kestrelridge.provisioning.resilience;

import com.typesafe.config.Config;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.dashboard.DashboardException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retry with exponential back-off inside a circuit breaker, for every Dashboard call.
 */
@Singleton
public class DashboardResilience {

    private static final Logger log = LoggerFactory.getLogger(DashboardResilience.class);

    private final Retry retry;
    private final CircuitBreaker breaker;

    @Inject
    public DashboardResilience(Config config) {
        Config c = config.getConfig("resilience");
        RetryConfig retryConfig = RetryConfig.custom()
                .maxAttempts(c.getInt("max-attempts"))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(c.getDuration("wait-duration"), 2.0))
                .retryOnException(DashboardResilience::isTransient)
                .build();
        CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
                .failureRateThreshold((float) c.getDouble("failure-rate-threshold"))
                .waitDurationInOpenState(c.getDuration("open-state-wait"))
                .slidingWindowSize(50)
                .recordException(DashboardResilience::isTransient)
                .build();
        this.retry = Retry.of("dashboard", retryConfig);
        this.breaker = CircuitBreaker.of("dashboard", breakerConfig);
        breaker.getEventPublisher().onStateTransition(e -> log.warn("dashboard circuit breaker: {}", e.getStateTransition()));
    }

    public <T> T call(Supplier<T> call) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
    }

    public boolean isOpen() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }

    static boolean isTransient(Throwable t) {
        if (t instanceof CallNotPermittedException) {
            return false;
        }
        if (t instanceof DashboardException d) {
            return d.isRetryable();
        }
        return t instanceof UncheckedIOException;
    }
}

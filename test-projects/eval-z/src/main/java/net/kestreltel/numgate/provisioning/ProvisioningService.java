package net.kestreltel.numgate.provisioning;

import java.time.Clock;
import java.util.List;
import net.kestreltel.numgate.dashboard.AvailableNumberClient;
import net.kestreltel.numgate.dashboard.OrderClient;
import net.kestreltel.numgate.dashboard.SipPeerTnClient;
import net.kestreltel.numgate.inventory.PhoneNumberEntity;
import net.kestreltel.numgate.inventory.PhoneNumberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Search, order and configure numbers for a customer. The order completes asynchronously;
 * {@code NotificationRouter} activates the numbers when the Dashboard calls back.
 */
@Service
public class ProvisioningService {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningService.class);

    private final AvailableNumberClient available;
    private final OrderClient orders;
    private final SipPeerTnClient sipPeerTns;
    private final PhoneNumberRepository repository;
    private final Clock clock;

    public ProvisioningService(AvailableNumberClient available, OrderClient orders, SipPeerTnClient sipPeerTns,
                               PhoneNumberRepository repository) {
        this.available = available;
        this.orders = orders;
        this.sipPeerTns = sipPeerTns;
        this.repository = repository;
        this.clock = Clock.systemUTC();
    }

    public Mono<Result> provision(ProvisioningRequest request) {
        String customerOrderId = request.customerReference() != null
                ? request.customerReference()
                : CustomerOrderIds.next(clock);
        return available.searchByAreaCode(request.areaCode(), request.quantity())
                .flatMap(found -> found.isEmpty()
                        ? Mono.just(Result.noStock(customerOrderId))
                        : order(found, customerOrderId, request));
    }

    private Mono<Result> order(List<String> numbers, String customerOrderId, ProvisioningRequest request) {
        return orders.orderExisting(numbers, customerOrderId)
                .flatMap(response -> reserve(numbers, request)
                        .then(request.smsEnabled() ? enableSms(numbers) : Mono.empty())
                        .thenReturn(new Result(response.orderId(), customerOrderId, numbers,
                                Result.Status.SUBMITTED)))
                .onErrorResume(e -> {
                    log.error("Order {} for customer {} rejected", customerOrderId, request.customerId(), e);
                    return Mono.just(new Result(null, customerOrderId, numbers, Result.Status.REJECTED));
                });
    }

    private Mono<Void> reserve(List<String> numbers, ProvisioningRequest request) {
        return Flux.fromIterable(numbers)
                .map(tn -> PhoneNumberEntity.fromInventory(tn, Integer.parseInt(request.areaCode()), null)
                        .assignedTo(request.customerId(), request.ownerMobile()))
                .flatMap(repository::save)
                .then();
    }

    private Mono<Void> enableSms(List<String> numbers) {
        return Flux.fromIterable(numbers)
                .concatMap(tn -> sipPeerTns.setMessaging(tn, true))
                .then();
    }

    public record Result(String orderId, String customerOrderId, List<String> numbers, Status status) {

        public enum Status { SUBMITTED, NO_STOCK, REJECTED }

        public static Result noStock(String customerOrderId) {
            return new Result(null, customerOrderId, List.of(), Status.NO_STOCK);
        }
    }
}

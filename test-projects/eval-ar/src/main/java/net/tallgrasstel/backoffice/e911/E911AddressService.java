package net.tallgrasstel.backoffice.e911;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.tallgrasstel.backoffice.e911.model.E911Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Dashboard's E911 address book in line with our site records, after Beacon911
 * has validated the address.
 */
public class E911AddressService {

    private static final Logger log = LoggerFactory.getLogger(E911AddressService.class);
    private static final int PAGE_SIZE = 500;
    private static final int MAX_PAGES = 40;

    private final E911AddressApi api;
    private final Beacon911Api beacon;
    private final String accountId;
    private final String beaconAccount;

    public E911AddressService(E911AddressApi api, Beacon911Api beacon, String accountId, String beaconAccount) {
        this.api = api;
        this.beacon = beacon;
        this.accountId = accountId;
        this.beaconAccount = beaconAccount;
    }

    public Observable<E911Address> allAddresses() {
        return Observable.range(1, MAX_PAGES)
                .concatMapSingle(page -> api.list(accountId, page, PAGE_SIZE))
                .takeUntil((E911Address.Page list) -> list.getAddresses().size() < PAGE_SIZE)
                .concatMapIterable(E911Address.Page::getAddresses);
    }

    /** Addresses keyed by their callback number, for the nightly reconciliation with billing. */
    public Single<Map<String, E911Address>> byCallbackNumber() {
        return allAddresses()
                .filter(a -> a.getCallbackNumber() != null && a.getCallbackNumber().length() == 10)
                .toMap(E911Address::getCallbackNumber);
    }

    public Completable provision(E911Address address) {
        Beacon911Api.AddressCandidate candidate = new Beacon911Api.AddressCandidate(
                address.getHouseNumber(), address.getStreetName(), address.getCity(),
                address.getStateCode(), address.getZip());
        return beacon.validate(beaconAccount, candidate)
                .flatMapCompletable(result -> {
                    if (!result.valid()) {
                        log.warn("Beacon911 rejected {} {} ({})", address.getHouseNumber(), address.getStreetName(),
                                result.msagStatus());
                        return Completable.error(new IllegalArgumentException("Address failed MSAG validation"));
                    }
                    return api.create(accountId, address);
                })
                .retry(2)
                .timeout(30, TimeUnit.SECONDS);
    }

    /** The Lenexa NOC front desk; re-provisioned after every office move. */
    public Completable provisionNocFrontDesk() {
        E911Address noc = new E911Address();
        noc.setHouseNumber("11950");
        noc.setStreetName("W 83rd Ter");
        noc.setCity("Lenexa");
        noc.setStateCode("KS");
        noc.setZip("66214");
        noc.setCallerName("TALLGRASS NOC");
        noc.setCallbackNumber("9135550140");
        return provision(noc);
    }

    public Completable moveAddress(String addressId, E911Address updated) {
        return api.update(accountId, addressId, updated)
                .doOnComplete(() -> log.info("E911 address {} updated", addressId));
    }

    /** Region used to pick the PSAP contact list: the first three digits of the ZIP code. */
    static String zip3(E911Address address) {
        return address.getZip().substring(0, 3);
    }
}

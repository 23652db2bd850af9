package net.tallgrasstel.backoffice.peregrine;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Falls back to Peregrine when a Bandwidth search comes back empty. */
public class PeregrineFailover {

    private final PeregrineNumbersApi api;
    private final String account;

    public PeregrineFailover(PeregrineNumbersApi api, String account) {
        this.api = api;
        this.account = account;
    }

    public Single<List<String>> search(String areaCode, int quantity) {
        return api.search(account, areaCode, quantity)
                .flattenAsObservable(list -> list)
                .filter(n -> n.number().length() == 10)
                .map(PeregrineNumbersApi.PeregrineNumber::number)
                .toList();
    }

    /** Peregrine returns numbers of neighbouring area codes too; keep the asked one. */
    public Observable<PeregrineNumbersApi.PeregrineNumber> exact(String areaCode, int quantity) {
        int wanted = Integer.parseInt(areaCode);
        return api.search(account, areaCode, quantity)
                .flattenAsObservable(list -> list)
                .filter(n -> n.areaCode() == wanted);
    }

    public Map<String, Long> countByExchange(List<PeregrineNumbersApi.PeregrineNumber> numbers) {
        return numbers.stream().collect(Collectors.groupingBy(n -> n.number().substring(0, 6), Collectors.counting()));
    }

    /** Hold the overflow number for the Salina call center while their order is signed. */
    public Single<PeregrineNumbersApi.Reservation> holdSalinaOverflow() {
        return api.reserve(account, new PeregrineNumbersApi.Reservation("7855550144", 1440));
    }

    public Single<PeregrineNumbersApi.PeregrineNumber> salinaOverflow() {
        return api.number(account, "7855550144");
    }
}

package net.tallgrasstel.backoffice.inventory;

import io.reactivex.rxjava3.core.Single;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.tallgrasstel.backoffice.inventory.model.InserviceTnsXml;
import org.simpleframework.xml.Element;
import org.simpleframework.xml.ElementList;
import org.simpleframework.xml.Root;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** Number searches against the Dashboard. */
public interface NumberSearchApi {

    @Root(name = "SearchResult", strict = false)
    class SearchResultXml {

        @Element(name = "ResultCount", required = false)
        private int resultCount;

        @ElementList(name = "TelephoneNumberList", entry = "TelephoneNumber", required = false)
        private List<String> telephoneNumbers = new ArrayList<>();

        public int getResultCount() {
            return resultCount;
        }

        public List<String> getTelephoneNumbers() {
            return telephoneNumbers;
        }
    }

    /** One row of the availableNpaNxx search. */
    @Root(name = "AvailableNpaNxx", strict = false)
    class NpaNxxGroupXml {

        @Element(name = "City", required = false)
        private String city;

        @Element(name = "Npa")
        private int areaCode;

        @Element(name = "Nxx")
        private String nxx;

        @Element(name = "Quantity")
        private int quantity;

        @Element(name = "State", required = false)
        private String state;

        public String getCity() {
            return city;
        }

        public int getAreaCode() {
            return areaCode;
        }

        public String getNxx() {
            return nxx;
        }

        public int getQuantity() {
            return quantity;
        }

        public String getState() {
            return state;
        }

        @Root(name = "SearchResultForAvailableNpaNxx", strict = false)
        public static class Result {
            @ElementList(name = "AvailableNpaNxxList", entry = "AvailableNpaNxx", required = false)
            private List<NpaNxxGroupXml> groups = new ArrayList<>();

            public List<NpaNxxGroupXml> getGroups() {
                return groups;
            }
        }
    }

    @GET("accounts/{accountId}/availableNumbers")
    Single<SearchResultXml> byAreaCode(@Path("accountId") String accountId,
                                       @Query("areaCode") String areaCode,
                                       @Query("quantity") int quantity);

    /** Canadian searches need the country; the Dashboard mixes up 416 otherwise. */
    @GET("accounts/{accountId}/availableNumbers")
    Single<SearchResultXml> byAreaCodeInCountry(@Path("accountId") String accountId,
                                                @Query("countryCodeA3") String countryCodeA3,
                                                @Query("areaCode") String areaCode,
                                                @Query("quantity") int quantity);

    @GET("accounts/{accountId}/availableNumbers")
    Single<SearchResultXml> byZip(@Path("accountId") String accountId,
                                  @Query("zip") String zip,
                                  @Query("quantity") int quantity);

    @GET("accounts/{accountId}/inserviceNumbers")
    Single<InserviceTnsXml> inService(@Path("accountId") String accountId,
                                      @Query("areacode") String areaCode,
                                      @Query("page") int page,
                                      @Query("size") int size);

    @GET("accounts/{accountId}/availableNpaNxx")
    Single<NpaNxxGroupXml.Result> npaNxx(@Path("accountId") String accountId,
                                         @Query("areaCode") String areaCode);

    @GET("accounts/{accountId}/availableNumbers")
    Single<SearchResultXml> search(@Path("accountId") String accountId,
                                   @QueryMap Map<String, String> filters);
}

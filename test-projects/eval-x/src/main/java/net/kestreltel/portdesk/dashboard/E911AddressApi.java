package net.kestreltel.portdesk.dashboard;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import net.kestreltel.portdesk.dashboard.model.AddressesResponse;

/** E911 address book of the Dashboard account. */
@Headers("Accept: application/xml")
public interface E911AddressApi {

    @RequestLine("GET /accounts/{accountId}/addresses?page={page}&size={size}")
    AddressesResponse list(@Param("accountId") String accountId, @Param("page") int page, @Param("size") int size);

    @RequestLine("GET /accounts/{accountId}/addresses/{addressId}")
    AddressesResponse.Address get(@Param("accountId") String accountId, @Param("addressId") String addressId);

    @RequestLine("DELETE /accounts/{accountId}/addresses/{addressId}")
    void delete(@Param("accountId") String accountId, @Param("addressId") String addressId);

    /** Migrated early (PD-1398): the validation endpoint is only on v2. */
    @RequestLine("GET /accounts/{accountId}/e911Addresses?validated=true")
    AddressesResponse listValidated(@Param("accountId") String accountId);
}

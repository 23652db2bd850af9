package com.harborline.porting.client;

import com.harborline.porting.model.SipPeerTelephoneNumber;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;

@Client("${dashboard.url}")
public interface SipPeerTnClient {

    @Put(value = "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}",
         produces = MediaType.APPLICATION_XML, consumes = MediaType.APPLICATION_XML)
    String updateTn(@PathVariable String accountId, @PathVariable String siteId,
                    @PathVariable String sipPeerId, @PathVariable String tn,
                    @Body SipPeerTelephoneNumber body);

    @Get(value = "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}",
         consumes = MediaType.APPLICATION_XML)
    String getTn(@PathVariable String accountId, @PathVariable String siteId,
                 @PathVariable String sipPeerId, @PathVariable String tn);
}

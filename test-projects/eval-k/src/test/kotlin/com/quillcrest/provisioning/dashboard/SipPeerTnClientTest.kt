package com.quillcrest.provisioning.dashboard

import com.quillcrest.provisioning.support.Fixtures
import org.junit.jupiter.api.Test
import org.springframework.http.HttpMethod
import org.springframework.test.web.client.MockRestServiceServer
import org.springframework.test.web.client.match.MockRestRequestMatchers.content
import org.springframework.test.web.client.match.MockRestRequestMatchers.method
import org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo
import org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess
import org.springframework.web.client.RestClient
import org.hamcrest.Matchers.endsWith

class SipPeerTnClientTest {

    private val props = Fixtures.dashboardProperties()
    private val builder = RestClient.builder().baseUrl(props.baseUrl)
    private val server = MockRestServiceServer.bindTo(builder).build()
    private val client = SipPeerTnClient(builder.build(), props)

    @Test
    fun `sms toggle puts messaging settings on the sip peer number`() {
        server.expect(requestTo(endsWith("/sites/30541/sippeers/500651/tns/9195550190")))
            .andExpect(method(HttpMethod.PUT))
            .andExpect(content().xml(Fixtures.read("sippeer-tn-sms-request.xml")))
            .andRespond(withSuccess())

        client.setSmsEnabled("9195550190", enabled = true)

        server.verify()
    }
}

package net.kestrelcable.provisioning.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

import net.kestrelcable.provisioning.dashboard.DashboardErrorHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * One {@link RestClient} per remote system. The Dashboard client speaks XML only.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardRestClientConfig {

    @Bean
    @Primary
    public XmlMapper dashboardXmlMapper() {
        XmlMapper mapper = XmlMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
                .build();
        mapper.findAndRegisterModules();
        return mapper;
    }

    @Bean
    public RestClient dashboardRestClient(RestClient.Builder builder, DashboardProperties props, XmlMapper xmlMapper) {
        return configure(builder, props, xmlMapper).build();
    }

    /**
     * Shared by the bean above and by tests that bind a MockRestServiceServer to the builder.
     */
    public static RestClient.Builder configure(RestClient.Builder builder, DashboardProperties props, XmlMapper xmlMapper) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(props.connectTimeout());
        requestFactory.setReadTimeout(props.readTimeout());
        return builder
                .baseUrl(props.baseUrl())
                .requestFactory(requestFactory)
                .defaultHeaders(headers -> headers.setBasicAuth(props.username(), props.password()))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .defaultHeader(HttpHeaders.USER_AGENT, "kestrel-tnprov/2.14")
                .messageConverters(converters -> converters.add(0, new MappingJackson2XmlHttpMessageConverter(xmlMapper)))
                .defaultStatusHandler(new DashboardErrorHandler());
    }
}

package com.pinecrestcomm.qa.numbers.support;

import com.pinecrestcomm.qa.numbers.config.BandwidthHosts;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Shared REST Assured request specifications.
 */
public final class ApiSpecs {

    private ApiSpecs() {
    }

    /** Dashboard of the environment selected with -Dqa.env. */
    public static RequestSpecification dashboard() {
        TestEnv env = TestEnv.current();
        return new RequestSpecBuilder()
                .setBaseUri(env.baseUri())
                .setContentType(ContentType.XML)
                .setAccept(ContentType.XML)
                .setAuth(RestAssured.preemptive().basic(env.user(), env.password()))
                .addPathParam("accountId", env.accountId())
                .addFilter(RequestRecorder.instance())
                .log(LogDetail.URI)
                .build();
    }

    /** The old test stack some contract tests are still pinned to. */
    public static RequestSpecification dashboardTestStack() {
        TestEnv env = TestEnv.current();
        return new RequestSpecBuilder()
                .setBaseUri("https://test.dashboard.bandwidth.com")
                .setBasePath("/api")
                .setContentType(ContentType.XML)
                .setAuth(RestAssured.preemptive().basic(env.user(), env.password()))
                .addPathParam("accountId", env.accountId())
                .addFilter(RequestRecorder.instance())
                .build();
    }

    /** Dashboard v2, for the checks that already run against the new API. */
    public static RequestSpecification dashboardV2() {
        TestEnv env = TestEnv.current();
        return new RequestSpecBuilder()
                .setBaseUri("https://dashboard.bandwidth.com")
                .setBasePath("/api/v2")
                .setContentType(ContentType.XML)
                .setAuth(RestAssured.preemptive().basic(env.user(), env.password()))
                .addPathParam("accountId", env.accountId())
                .addFilter(RequestRecorder.instance())
                .build();
    }

    public static RequestSpecification messaging() {
        TestEnv env = TestEnv.current();
        return new RequestSpecBuilder()
                .setBaseUri(BandwidthHosts.MESSAGING_BASE)
                .setContentType(ContentType.JSON)
                .setAuth(RestAssured.preemptive().basic(env.user(), env.password()))
                .addPathParam("accountId", env.accountId())
                .build();
    }
}

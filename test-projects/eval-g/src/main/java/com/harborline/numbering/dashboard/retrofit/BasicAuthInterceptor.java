package com.harborline.numbering.dashboard.retrofit;

import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds HTTP basic credentials of the Dashboard API user to every request.
 */
public final class BasicAuthInterceptor implements Interceptor {

    private final String credentials;

    public BasicAuthInterceptor(String user, String password) {
        this.credentials = Credentials.basic(user, password);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request().newBuilder()
                .header("Authorization", credentials)
                .header("User-Agent", "harborline-numbering/3.14")
                .build();
        return chain.proceed(request);
    }
}

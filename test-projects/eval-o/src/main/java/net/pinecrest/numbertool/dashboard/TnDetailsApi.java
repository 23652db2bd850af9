package net.pinecrest.numbertool.dashboard;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * Number detail lookups. Written when we moved off the SDK for these calls, copying the SDK's URL
 * layout, hence the absolute paths: this interface must be created on a host-only base URL.
 */
public interface TnDetailsApi {

    @GET("/v1.0/tns/{tn}/tndetails")
    Call<ResponseBody> details(@Path("tn") String tn);

    @GET("/v1.0/tns/{tn}/sites")
    Call<ResponseBody> site(@Path("tn") String tn);

    @GET("/v1.0/tns/{tn}/ratecenter")
    Call<ResponseBody> rateCenter(@Path("tn") String tn);
}

package net.kestrelwave.provisioning.rpc;

/**
 * Minimal stand-in for io.grpc.stub.StreamObserver so the handlers stay free of generated code.
 */
public interface ResponseObserver<T> {

    void onNext(T value);

    void onError(RpcException error);

    void onCompleted();
}

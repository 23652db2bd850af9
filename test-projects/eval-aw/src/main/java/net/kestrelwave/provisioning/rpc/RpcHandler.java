package net.kestrelwave.provisioning.rpc;

/**
 * A unary handler. {@link #fullMethodName()} follows the gRPC convention
 * {@code /package.Service/Method} so the Envoy routes keep working.
 */
public interface RpcHandler<Q, R> {

    String fullMethodName();

    void handle(Q request, ResponseObserver<R> responses);
}

package net.kestrelwave.provisioning.rpc;

public class RpcException extends RuntimeException {

    /** Subset of the gRPC status codes the facade uses. */
    public enum RpcStatus {
        OK(0),
        INVALID_ARGUMENT(3),
        NOT_FOUND(5),
        FAILED_PRECONDITION(9),
        INTERNAL(13),
        UNAVAILABLE(14);

        private final int code;

        RpcStatus(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private final RpcStatus status;

    public RpcException(RpcStatus status, String message) {
        super(message);
        this.status = status;
    }

    public RpcException(RpcStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public RpcStatus status() {
        return status;
    }
}

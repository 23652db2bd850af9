package net.kestrelwave.provisioning.rpc;

import net.kestrelwave.provisioning.rpc.RpcException.RpcStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Collects the responses of a unary call; used by the facade's HTTP bridge and by tests. */
public final class BlockingObserver<T> implements ResponseObserver<T> {

    private final List<T> values = new ArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile RpcException error;

    @Override
    public void onNext(T value) {
        synchronized (values) {
            values.add(value);
        }
    }

    @Override
    public void onError(RpcException error) {
        this.error = error;
        done.countDown();
    }

    @Override
    public void onCompleted() {
        done.countDown();
    }

    public T single(long timeoutSeconds) throws InterruptedException {
        if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new RpcException(RpcStatus.UNAVAILABLE, "deadline exceeded");
        }
        if (error != null) {
            throw error;
        }
        synchronized (values) {
            if (values.size() != 1) {
                throw new RpcException(RpcStatus.INTERNAL, "expected one response, got " + values.size());
            }
            return values.get(0);
        }
    }
}

package id.jalin.catalogue.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A page's body collected up to a limit: a server that streams without end (a broken script, a wrong address that
 * serves a large file) is cut off instead of filling the memory.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** Far above any page a catalogue sends: Koha's fifty MARCXML records with their items are about 500 KB. */
    static final int LIMIT = 64 * 1024 * 1024;

    /** Thrown into the response when the body passes the limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("Page larger than " + LIMIT + " bytes");
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    static HttpResponse.BodyHandler<byte[]> handler() {
        return info -> new LimitedBody();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (body.size() + buffer.remaining() > LIMIT) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            body.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(body.toByteArray());
    }
}

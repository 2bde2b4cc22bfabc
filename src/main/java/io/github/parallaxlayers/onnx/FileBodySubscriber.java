package io.github.parallaxlayers.onnx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Writes a response body into a {@code .part} file as it arrives and records when bytes last came, so the
 * downloader's thread can detect a stall without blocking on a read. A 206 answer appends to the bytes already
 * there; a 200 answer (the server ignored the Range) starts the file again; any other status writes nothing.
 */
final class FileBodySubscriber implements HttpResponse.BodySubscriber<Long> {
    private final CompletableFuture<Long> body = new CompletableFuture<>();
    private final FileChannel channel;
    private final Handler owner;
    private final long start;
    private Flow.Subscription subscription;
    private long written;

    private FileBodySubscriber(FileChannel channel, Handler owner, long start) {
        this.channel = channel;
        this.owner = owner;
        this.start = start;
    }

    /** Chooses how to treat the body from the status line and headers. */
    static final class Handler implements HttpResponse.BodyHandler<Long> {
        private final Path part;
        private final long have;
        private volatile long lastActivity = System.nanoTime();
        private volatile long received;
        private volatile long expectedTotal = -1;
        private volatile FileBodySubscriber active;

        Handler(Path part, long have) {
            this.part = part;
            this.have = have;
        }

        @Override
        public HttpResponse.BodySubscriber<Long> apply(HttpResponse.ResponseInfo info) {
            touch();
            int status = info.statusCode();
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean append = status == 206 && rangeStart(info) == have;
            if (status != 200 && !append) {
                return HttpResponse.BodySubscribers.replacing(0L);
            }
            long start = append ? have : 0;
            expectedTotal = length >= 0 ? start + length : -1;
            received = start;
            try {
                FileChannel channel = append
                        ? FileChannel.open(part, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                        : FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                FileBodySubscriber subscriber = new FileBodySubscriber(channel, this, start);
                active = subscriber;
                return subscriber;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static long rangeStart(HttpResponse.ResponseInfo info) {
            // Content-Range: bytes START-END/TOTAL
            String range = info.headers().firstValue("Content-Range").orElse("");
            int space = range.indexOf(' ');
            int dash = range.indexOf('-');
            if (space < 0 || dash < space) {
                return -1;
            }
            try {
                return Long.parseLong(range.substring(space + 1, dash).trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        void touch() {
            lastActivity = System.nanoTime();
        }

        long lastActivityNanos() {
            return lastActivity;
        }

        long received() {
            return received;
        }

        long expectedTotal() {
            return expectedTotal;
        }

        /** Stops a stalled or cancelled transfer and closes the file. */
        void abort() {
            FileBodySubscriber subscriber = active;
            if (subscriber != null) {
                subscriber.cancel();
            }
        }
    }

    @Override
    public CompletionStage<Long> getBody() {
        return body;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (!channel.isOpen()) {
            return;
        }
        try {
            for (ByteBuffer buffer : buffers) {
                while (buffer.hasRemaining()) {
                    written += channel.write(buffer);
                }
            }
            owner.received = start + written;
            owner.touch();
            subscription.request(1);
        } catch (IOException e) {
            subscription.cancel();
            close();
            body.completeExceptionally(e);
        }
    }

    @Override
    public synchronized void onError(Throwable failure) {
        close();
        body.completeExceptionally(failure);
    }

    @Override
    public synchronized void onComplete() {
        close();
        body.complete(written);
    }

    private synchronized void cancel() {
        if (subscription != null) {
            subscription.cancel();
        }
        close();
        body.completeExceptionally(new IOException("transfer stopped"));
    }

    private void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // bytes already written stay; the size check decides what happens with them
        }
    }
}

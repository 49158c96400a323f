package id.jalin.catalogue.harvest;

import id.jalin.kernel.task.CancelledException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks a member's server for one page and returns its body, or says in the user's words why there is none: the host
 * is unknown, nothing answers, it answered too late, with an HTTP error, or with a web page instead of XML.
 */
final class PageFetcher {
    private final HttpClient client;
    private final HarvestSettings settings;

    PageFetcher(HttpClient client, HarvestSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    static PageFetcher over(HarvestSettings settings) {
        return new PageFetcher(client(settings), settings);
    }

    static HttpClient client(HarvestSettings settings) {
        return HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    HarvestSettings settings() {
        return settings;
    }

    /** The body of the page at {@code uri}, the {@code count}-th request of this harvest. */
    byte[] get(URI uri, int count) throws HarvestFailedException {
        if (count > settings.maxRequests()) {
            throw HarvestFailedException.because("catalogue.harvest.too.many.requests", settings.maxRequests());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.answerTimeout())
                .header("Accept", "text/xml, application/xml").GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(request, LimitedBody.handler());
        HttpResponse<byte[]> response;
        try {
            // The request's own timeout ends with the headers; this bounds a body that stops half-way as well.
            response = answer.get(settings.answerTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timedOut(uri, e);
        } catch (ExecutionException e) {
            throw notAnswered(uri, e.getCause());
        }
        if (response.statusCode() != 200) {
            throw HarvestFailedException.because("catalogue.harvest.http.status",
                    String.valueOf(response.statusCode()), uri.toString());
        }
        byte[] body = response.body();
        if (looksLikeHtml(body)) {
            throw HarvestFailedException.because("catalogue.harvest.html", uri.toString());
        }
        return body;
    }

    private HarvestFailedException notAnswered(URI uri, Throwable cause) {
        if (cause instanceof LimitedBody.TooLarge) {
            return HarvestFailedException.because(cause, "catalogue.harvest.too.large", uri.toString(),
                    String.valueOf(LimitedBody.LIMIT / (1024 * 1024)));
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return timedOut(uri, cause);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return HarvestFailedException.because(cause, "catalogue.harvest.unknown.host",
                        String.valueOf(uri.getHost()));
            }
        }
        if (cause instanceof ConnectException) {
            return HarvestFailedException.because(cause, "catalogue.harvest.unreachable", hostAndPort(uri));
        }
        String reason = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                : String.valueOf(cause);
        return HarvestFailedException.because(cause, "catalogue.harvest.broken.connection", hostAndPort(uri), reason);
    }

    private HarvestFailedException timedOut(URI uri, Throwable cause) {
        long seconds = Math.max(1, (settings.answerTimeout().toMillis() + 999) / 1000);
        return HarvestFailedException.because(cause, "catalogue.harvest.timeout", hostAndPort(uri),
                String.valueOf(seconds));
    }

    private static String hostAndPort(URI uri) {
        return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
    }

    /**
     * A web page where XML was asked for: a login page, a "site under maintenance" notice, a PHP error or a wrong
     * address that lands on the OPAC's home page. Judged by the first tag, since many servers send XML as text/html.
     */
    static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || (!start.startsWith("<") && start.contains("<html"));
    }
}

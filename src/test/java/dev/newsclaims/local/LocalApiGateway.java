package dev.newsclaims.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * API Gateway for localhost: each HTTP request becomes a payload 2.0 event for the API function, and
 * its answer the HTTP response. As API Gateway, it answers {@code 504} when the function has not
 * answered within the integration timeout (29 s: no function process took the request, or the one that
 * took it is still busy) and {@code 502} when the function failed or answered something that is no
 * HTTP response; both with an RFC 9457 problem body. A request never waits longer.
 */
public final class LocalApiGateway implements AutoCloseable {

    /** API Gateway's maximum integration timeout for an HTTP API. */
    public static final Duration INTEGRATION_TIMEOUT = Duration.ofSeconds(29);
    private static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "local-api-gateway");
        t.setDaemon(true);
        return t;
    });

    public LocalApiGateway(LambdaRuntimeApi function, int port, Duration timeout) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                answer(exchange, function, timeout);
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, LambdaRuntimeApi function, Duration timeout) throws IOException {
        LambdaRuntimeApi.Result result;
        try {
            result = function.invoke(event(exchange, exchange.getRequestBody().readNBytes(MAX_BODY_BYTES)), timeout);
        } catch (LambdaRuntimeApi.NoAnswer e) {
            send(exchange, problem(504, "Gateway Timeout", (e.taken()
                    ? "The API function did not answer within "
                    : "No API function process took the request within ") + timeout.toSeconds() + " s."));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, problem(503, "Service Unavailable", "The local run is stopping."));
            return;
        } catch (Exception e) {
            send(exchange, problem(502, "Bad Gateway", "The request could not be passed to the API function: " + e));
            return;
        }
        JsonNode response;
        try {
            response = result.error() ? null : JSON.readTree(result.body());
        } catch (IOException e) {
            response = null;
        }
        if (response == null || !response.path("statusCode").isInt()) {
            send(exchange, problem(502, "Bad Gateway", "The API function failed or gave no HTTP response: " + result.body()));
            return;
        }
        // A base64 answer (the page's gzipped files) is decoded, as API Gateway does; a 304 has no body.
        String text = response.path("body").asText("");
        byte[] out = response.path("isBase64Encoded").asBoolean(false) ? java.util.Base64.getDecoder().decode(text)
                : text.getBytes(StandardCharsets.UTF_8);
        int status = response.path("statusCode").asInt();
        if (status == 304) {
            out = new byte[0];
        }
        response.path("headers").fields().forEachRemaining(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue().asText()));
        exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        }
    }

    private record Answer(int status, byte[] body) {}

    private static Answer problem(int status, String title, String detail) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return new Answer(status, problem.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(answer.body());
        }
    }

    /** A body that is not UTF-8 travels base64-encoded, as API Gateway sends binary bodies. */
    static String event(HttpExchange exchange, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = null;
        }
        ObjectNode event = (ObjectNode) event(exchange, text == null ? java.util.Base64.getEncoder().encodeToString(bytes) : text,
                text == null);
        return event.toString();
    }

    private static JsonNode event(HttpExchange exchange, String body, boolean base64) {
        ObjectNode event = JSON.createObjectNode();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        event.put("rawQueryString", query == null ? "" : query);
        ObjectNode headers = event.putObject("headers");
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        if (query != null && !query.isEmpty()) {
            ObjectNode params = event.putObject("queryStringParameters");
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        ObjectNode http = event.putObject("requestContext").putObject("http");
        http.put("method", exchange.getRequestMethod());
        http.put("path", path);
        http.put("sourceIp", "127.0.0.1");
        ((ObjectNode) event.get("requestContext")).put("requestId", UUID.randomUUID().toString());
        event.put("body", body);
        event.put("isBase64Encoded", base64);
        return event;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

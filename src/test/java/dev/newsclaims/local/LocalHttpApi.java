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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * API Gateway's HTTP API for localhost: each HTTP request becomes a payload 2.0 event for the API function
 * (through a {@link LambdaRuntimeApi}), and the function's answer becomes the HTTP response. A body that
 * is not UTF-8 travels base64-encoded, as API Gateway sends binary bodies; a base64 answer is decoded.
 */
public final class LocalHttpApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** API Gateway refuses larger payloads (10 MB); Lambda's own limit is 6 MB. */
    private static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    private LocalHttpApi(HttpServer server) {
        this.server = server;
    }

    /** Serves on loopback; port 0 takes a free one. */
    public static LocalHttpApi start(LambdaRuntimeApi runtime, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        LocalHttpApi api = new LocalHttpApi(server);
        server.setExecutor(api.executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES);
                JsonNode response = JSON.readTree(runtime.invoke(event(exchange, body), Duration.ofMinutes(1)).body());
                String text = response.path("body").asText("");
                byte[] out = response.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(text)
                        : text.getBytes(StandardCharsets.UTF_8);
                response.path("headers").fields().forEachRemaining(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue().asText()));
                int status = response.path("statusCode").asInt(502);
                boolean noBody = out.length == 0 || status == 304 || exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(status, noBody ? -1 : out.length);
                if (!noBody) {
                    try (OutputStream o = exchange.getResponseBody()) {
                        o.write(out);
                    }
                }
            } catch (Exception e) {
                byte[] out = "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(500, out.length);
                exchange.getResponseBody().write(out);
            }
        });
        server.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:port */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    static String event(HttpExchange exchange, byte[] body) {
        ObjectNode event = JSON.createObjectNode();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        event.put("rawQueryString", query == null ? "" : query);
        ObjectNode headers = event.putObject("headers");
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        if (query != null && !query.isEmpty()) {
            ObjectNode params = event.putObject("queryStringParameters");
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        ObjectNode context = event.putObject("requestContext");
        ObjectNode http = context.putObject("http");
        http.put("method", exchange.getRequestMethod());
        http.put("path", path);
        http.put("sourceIp", "127.0.0.1");
        context.put("requestId", UUID.randomUUID().toString());
        String text = utf8(body);
        event.put("body", text != null ? text : Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", text == null);
        return event.toString();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

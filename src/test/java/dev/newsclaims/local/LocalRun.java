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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.sync.RequestBody;
import dev.newsclaims.store.SummaryStore;

/**
 * The whole product on a laptop, with no AWS and no Docker: S3Proxy keeps the articles bucket as the
 * folder {@code local-data/s3/articles}, dynalite keeps the table under {@code local-data/dynamodb},
 * and target/function.zip runs twice under the Lambda runtime interface client (the S3 function and
 * the API function), as Lambda runs it. This class plays the Lambda service: it turns files dropped
 * into the bucket folder into S3 events, and HTTP requests on localhost into API Gateway v2 events.
 *
 * <p>Run with {@code ./mvnw -Plocal package}. Ports: API 3000, S3 9000, DynamoDB 8000 (override with
 * -Dlocal.api.port, -Dlocal.s3.port, -Dlocal.dynamodb.port); {@code events/local-env.json} points SAM CLI at them.
 */
public final class LocalRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path root = LocalPaths.projectRoot();
        Path data = root.resolve("local-data");
        int apiPort = Integer.getInteger("local.api.port", 3000);
        int s3Port = Integer.getInteger("local.s3.port", 9000);
        int dynamoPort = Integer.getInteger("local.dynamodb.port", 8000);
        boolean serve = !Boolean.getBoolean("local.once");

        LocalAws aws = LocalAws.start(data.resolve("s3"), s3Port, data.resolve("dynamodb"), dynamoPort);
        Path taskRoot = FunctionProcess.unzip(root.resolve("target/function.zip"), root.resolve("target/local-function"));
        Path runtimeJars = root.resolve("target/lambda-runtime");
        LambdaRuntimeApi s3Runtime = new LambdaRuntimeApi();
        LambdaRuntimeApi apiRuntime = new LambdaRuntimeApi();
        Map<String, String> env = new HashMap<>(aws.functionEnvironment());
        env.put("QUARKUS_LAMBDA_HANDLER", "s3");
        FunctionProcess s3Function = FunctionProcess.start(taskRoot, runtimeJars, s3Runtime.address(), env,
                java.util.List.of(), data.resolve("s3-function.log"));
        env.put("QUARKUS_LAMBDA_HANDLER", "api");
        FunctionProcess apiFunction = FunctionProcess.start(taskRoot, runtimeJars, apiRuntime.address(), env,
                java.util.List.of(), data.resolve("api-function.log"));
        HttpServer api = serveApi(apiRuntime, apiPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.stop(0);
            s3Function.close();
            apiFunction.close();
            s3Runtime.close();
            apiRuntime.close();
            try {
                aws.close();
            } catch (Exception ignored) {
                // exiting anyway
            }
        }));

        // The sample article, uploaded as a newsroom would, then its S3 event.
        String key = "incoming/nato-eastern-europe.txt";
        byte[] sample = Events.article("nato-eastern-europe.txt");
        try (var s3 = aws.s3Client()) {
            s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain; charset=utf-8"),
                    RequestBody.fromBytes(sample));
        }
        System.out.println("Uploaded events/articles/nato-eastern-europe.txt to s3://" + LocalAws.BUCKET + "/" + key);
        JsonNode result = processObject(aws, s3Runtime, key, sample);
        printSummary(aws, result);

        Path bucketDir = data.resolve("s3").resolve(LocalAws.BUCKET);
        System.out.printf("""

                Local stack is up:
                  HTTP API            http://127.0.0.1:%d   (POST /summaries, GET /summaries/{id}, GET /speakers/{name}/claims)
                  S3 (S3Proxy)        http://127.0.0.1:%d   bucket '%s' = folder %s
                  DynamoDB (dynalite) http://127.0.0.1:%d   table '%s'
                  function logs       %s
                Drop a file into %s to summarise it; Ctrl-C stops everything.
                Try: curl -s -X POST -H 'Content-Type: text/plain' --data-binary @events/articles/nato-eastern-europe.txt http://127.0.0.1:%d/summaries
                """, apiPort, s3Port, LocalAws.BUCKET, bucketDir, dynamoPort, LocalAws.TABLE, data, bucketDir, apiPort);
        if (!serve) {
            Runtime.getRuntime().exit(0);
        }
        watchBucket(aws, s3Runtime, bucketDir);
    }

    /** Sends the S3 event that S3 would send for this object version, and returns the function's report entry. */
    static JsonNode processObject(LocalAws aws, LambdaRuntimeApi runtime, String key, byte[] bytes) throws Exception {
        String etag = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        String sequencer = Long.toHexString(System.currentTimeMillis() * 1_000).toUpperCase();
        return send(runtime, new BucketFolder.Change("ObjectCreated:Put", key, bytes, etag, sequencer));
    }

    /** The S3 notification for one change in the bucket, delivered to the S3 function. */
    static JsonNode send(LambdaRuntimeApi runtime, BucketFolder.Change change) throws Exception {
        ObjectNode event = Events.json("s3-put.json");
        ObjectNode record = (ObjectNode) event.withArray("Records").get(0);
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", change.eventName());
        ObjectNode object = (ObjectNode) record.get("s3").get("object");
        object.put("key", URLEncoder.encode(change.key(), StandardCharsets.UTF_8).replace("%2F", "/"));
        object.put("sequencer", change.sequencer());
        if (change.removed()) {
            object.remove(java.util.List.of("size", "eTag"));
        } else {
            object.put("size", change.bytes().length);
            object.put("eTag", change.etag());
        }
        LambdaRuntimeApi.Result result = runtime.invoke(event.toString(), Duration.ofMinutes(2));
        if (result.error()) {
            System.out.println("The function failed (Lambda would retry): " + result.body());
            return null;
        }
        JsonNode entry = JSON.readTree(result.body()).path("results").path(0);
        System.out.println(change.eventName() + " s3://" + LocalAws.BUCKET + "/" + change.key() + " -> "
                + entry.path("outcome").asText() + (entry.hasNonNull("reason") ? " (" + entry.get("reason").asText() + ")" : ""));
        return entry;
    }

    private static void printSummary(LocalAws aws, JsonNode result) throws IOException {
        if (result == null || !result.hasNonNull("summaryId")) {
            return;
        }
        try (var db = aws.dynamoDbClient()) {
            var stored = new SummaryStore(db, LocalAws.TABLE, JSON).find(result.get("summaryId").asText());
            if (stored.isPresent()) {
                System.out.println("Stored summary (DynamoDB table " + LocalAws.TABLE + "):");
                System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(stored.get().json())));
            }
        }
    }

    /** Every file created, replaced or deleted in the bucket folder is the S3 event S3 would send. */
    private static void watchBucket(LocalAws aws, LambdaRuntimeApi runtime, Path bucketDir) throws Exception {
        try (BucketFolder folder = new BucketFolder(bucketDir)) {
            folder.watch(change -> {
                JsonNode result = send(runtime, change);
                if (!change.removed()) {
                    printSummary(aws, result);
                }
            });
        }
    }

    /** API Gateway for localhost: each HTTP request becomes a payload 2.0 event for the API function. */
    private static HttpServer serveApi(LambdaRuntimeApi runtime, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readNBytes(6 * 1024 * 1024), StandardCharsets.UTF_8);
                JsonNode response = JSON.readTree(runtime.invoke(apiEvent(exchange, body), Duration.ofMinutes(1)).body());
                byte[] out = response.path("body").asText("").getBytes(StandardCharsets.UTF_8);
                response.path("headers").fields().forEachRemaining(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue().asText()));
                exchange.sendResponseHeaders(response.path("statusCode").asInt(502), out.length == 0 ? -1 : out.length);
                if (out.length > 0) {
                    try (OutputStream o = exchange.getResponseBody()) {
                        o.write(out);
                    }
                }
            } catch (Exception e) {
                byte[] out = "{\"title\":\"Bad gateway\",\"status\":502}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(502, out.length);
                exchange.getResponseBody().write(out);
            }
        });
        server.start();
        return server;
    }

    private static String apiEvent(HttpExchange exchange, String body) {
        ObjectNode event = JSON.createObjectNode();
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        event.put("rawQueryString", query == null ? "" : query);
        ObjectNode headers = event.putObject("headers");
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        if (query != null && !query.isEmpty()) {
            ObjectNode params = event.putObject("queryStringParameters");
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        ObjectNode http = event.putObject("requestContext").putObject("http");
        http.put("method", exchange.getRequestMethod());
        http.put("path", path);
        http.put("sourceIp", "127.0.0.1");
        ((ObjectNode) event.get("requestContext")).put("requestId", java.util.UUID.randomUUID().toString());
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return event.toString();
    }
}

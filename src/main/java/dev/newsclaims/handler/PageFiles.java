package dev.newsclaims.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The viewer page: static files packaged in the zip under {@code dev/newsclaims/page/}, served by the
 * API function at {@code GET /} and {@code GET /page/{file}}. Read once, on the first page request, so
 * that the API's other routes pay nothing for them. {@code index.html} names each asset with a version
 * (a hash of all assets), so the assets are cached for a year and the page itself is revalidated by its ETag.
 */
final class PageFiles {

    static final String ROOT = "dev/newsclaims/page/";
    static final String PREFIX = "/page/";
    private static final List<String> ASSETS = List.of("app.css", "auth.js", "app.js");
    private static final String VERSION_MARK = "@VERSION@";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");
    /** Only our own files, no inline script or style, no framing; the page talks to this API only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** A file as text, and gzipped in base64 for a client that accepts gzip (API Gateway's HTTP API does not compress). */
    private record File(String body, String gzipBase64, String contentType, String etag) {}

    private static final class Loaded {
        static final String VERSION;
        static final Map<String, File> FILES = new LinkedHashMap<>();

        static {
            StringBuilder all = new StringBuilder();
            Map<String, String> assets = new LinkedHashMap<>();
            for (String name : ASSETS) {
                String body = read(name);
                assets.put(name, body);
                all.append(body);
            }
            VERSION = hash(all.toString()).substring(0, 12);
            assets.forEach((name, body) -> FILES.put(PREFIX + name, file(name, body)));
            FILES.put("/", file("index.html", read("index.html").replace(VERSION_MARK, VERSION)));
        }
    }

    private PageFiles() {}

    /** Whether a GET of this path asks for the page or one of its files. */
    static boolean serves(String path) {
        return path.equals("/") || path.startsWith(PREFIX);
    }

    /** {@code contentSecurityPolicy}: {@link #CONTENT_SECURITY_POLICY}, widened where the page signs in ({@link PageSignIn}). */
    static APIGatewayV2HTTPResponse serve(String path, Map<String, String> query, String ifNoneMatch, String acceptEncoding,
            String contentSecurityPolicy) {
        String name = path;
        File file = Loaded.FILES.get(name);
        if (file == null) {
            throw new Problem(ProblemType.NOT_FOUND, "The page has no file " + truncate(path) + ".");
        }
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(java.util.Locale.ROOT).contains("gzip");
        String etag = gzip ? file.etag().replace("\"", "") + "-gz" : file.etag().replace("\"", "");
        etag = "\"" + etag + "\"";
        Map<String, String> headers = new TreeMap<>();
        headers.put("Content-Type", file.contentType());
        headers.put("ETag", etag);
        headers.put("Vary", "Accept-Encoding");
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        boolean versioned = query != null && Loaded.VERSION.equals(query.get("v"));
        // An asset asked for by its current version never changes; anything else is checked on every use.
        headers.put("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "no-cache");
        if (name.equals("/")) {
            headers.put("Content-Security-Policy", contentSecurityPolicy);
        }
        boolean unchanged = ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag);
        if (unchanged) {
            headers.remove("Content-Encoding");
            return APIGatewayV2HTTPResponse.builder().withStatusCode(304).withHeaders(headers).withBody("").withIsBase64Encoded(false).build();
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers)
                .withBody(gzip ? file.gzipBase64() : file.body()).withIsBase64Encoded(gzip).build();
    }

    /** The assets' version, as {@code index.html} names them. */
    static String version() {
        return Loaded.VERSION;
    }

    private static File file(String name, String body) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        var gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(body, java.util.Base64.getEncoder().encodeToString(gz.toByteArray()), type,
                "\"" + hash(body).substring(0, 16) + "\"");
    }

    private static String read(String name) {
        try (InputStream in = PageFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the page file " + ROOT + name + " is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}

package dev.newsclaims.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One article in every format and encoding an entry point may receive it: the fixtures of the tests
 * that check that S3, the API and the command line give the same summary for the same bytes.
 */
public final class ArticleVariants {

    private ArticleVariants() {}

    public static final String TITLE = "Bridge to reopen in May";
    /** Characters that differ between the encodings: curly quotes, an accented name, the euro sign, an apostrophe. */
    public static final String BODY = "\u201cThe bridge will reopen in May,\u201d Mayor Zo\u00eb Adams told reporters on Tuesday."
            + " The city\u2019s engineers said the repairs cost \u20ac4 million and were finished ahead of schedule.";
    public static final String QUOTE = "\u201cThe bridge will reopen in May,\u201d";

    public enum Format {
        TEXT("txt", "text/plain", TITLE + "\n\n" + BODY + "\n"),
        HTML("html", "text/html", "<!doctype html><html><head><title>City | " + TITLE + "</title><script>track()</script></head>"
                + "<body><nav>Home News</nav><article><h1>" + TITLE + "</h1><p>" + BODY + "</p></article>"
                + "<footer>Contact</footer></body></html>"),
        MARKDOWN("md", "text/markdown", "# " + TITLE + "\n\n" + BODY.replace("Mayor", "**Mayor**") + "\n");

        public final String extension;
        public final String mediaType;
        public final String source;

        Format(String extension, String mediaType, String source) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.source = source;
        }
    }

    public enum Encoding {
        UTF_8(null),
        UTF_8_BOM(null),
        WINDOWS_1252(null),
        UTF_16_BOM(null),
        /** UTF-8 bytes whose declared charset (header or S3 metadata) says windows-1252. */
        DECLARED_CHARSET_LIES("windows-1252");

        /** The charset parameter sent with the content type, if any. */
        public final String declaredCharset;

        Encoding(String declaredCharset) {
            this.declaredCharset = declaredCharset;
        }

        public byte[] encode(String text) {
            return switch (this) {
                case UTF_8, DECLARED_CHARSET_LIES -> text.getBytes(StandardCharsets.UTF_8);
                case UTF_8_BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
                case WINDOWS_1252 -> text.getBytes(Charset.forName("windows-1252"));
                case UTF_16_BOM -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            };
        }
    }

    /** One article as bytes, with the name and content type it arrives with. */
    public record Variant(Format format, Encoding encoding, byte[] bytes) {

        public String fileName() {
            return format.name().toLowerCase() + "-" + encoding.name().toLowerCase().replace('_', '-') + "." + format.extension;
        }

        public String contentType() {
            return encoding.declaredCharset == null ? format.mediaType : format.mediaType + "; charset=" + encoding.declaredCharset;
        }

        @Override
        public String toString() {
            return fileName();
        }
    }

    public static List<Variant> all() {
        List<Variant> variants = new ArrayList<>();
        for (Format format : Format.values()) {
            for (Encoding encoding : Encoding.values()) {
                variants.add(new Variant(format, encoding, encoding.encode(format.source)));
            }
        }
        return variants;
    }

    /** The plain-text article as a JSON body {"text": …} in each encoding. */
    public static List<Variant> jsonBodies() {
        String body = "{\"text\": \"" + Format.TEXT.source.replace("\n", "\\n") + "\"}";
        List<Variant> variants = new ArrayList<>();
        for (Encoding encoding : Encoding.values()) {
            variants.add(new Variant(Format.TEXT, encoding, encoding.encode(body)));
        }
        return variants;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}

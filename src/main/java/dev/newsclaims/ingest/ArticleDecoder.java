package dev.newsclaims.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes → clean article text. Decides the format from the bytes first (binary files are refused
 * whatever their name says), then from Content-Type and the key's extension; decides the charset
 * from a byte-order mark, the declared charset, strict UTF-8, and falls back to Windows-1252
 * (which also reads ISO-8859-1), the usual encoding of legacy newsroom exports.
 */
public final class ArticleDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final HtmlText html = new HtmlText();
    private final MarkdownText markdown = new MarkdownText();

    public IngestedArticle decode(byte[] bytes, String contentType, String key) {
        String binary = BinarySniffer.detect(bytes);
        if (binary != null) {
            return IngestedArticle.unsupported(binary, "binary content (" + binary + ") is not an article text");
        }
        Decoded decoded = decodeCharset(bytes, declaredCharset(contentType));
        String format = format(contentType, key, decoded.text());
        String text = switch (format) {
            case "html" -> html.toText(decoded.text());
            case "markdown" -> markdown.toText(decoded.text());
            default -> decoded.text();
        };
        if (text.isBlank()) {
            return IngestedArticle.empty(format, decoded.charset());
        }
        return IngestedArticle.text(text, format, decoded.charset());
    }

    record Decoded(String text, String charset) {}

    static Decoded decodeCharset(byte[] bytes, Charset declared) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(lenient(bytes, 0, declared), declared.name());
        }
        try {
            return new Decoded(strict(bytes, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (declared != null || mostlyUtf8(bytes)) {
                // Declared or clearly UTF-8 with a few broken sequences: keep the rest, mark the damage.
                return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
            }
            return new Decoded(lenient(bytes, 0, WINDOWS_1252), "windows-1252");
        }
    }

    /** True when valid multi-byte UTF-8 sequences outnumber the invalid bytes. */
    private static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > invalid;
    }

    private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException cannotHappenWithReplace) {
            throw new IllegalStateException(cannotHappenWithReplace);
        }
    }

    static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (RuntimeException unknown) {
                    return null;
                }
            }
        }
        return null;
    }

    static String format(String contentType, String key, String text) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = key == null ? "" : key.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml") || name.endsWith(".html")
                || name.endsWith(".htm") || looksLikeHtml(text)) {
            return "html";
        }
        if (type.startsWith("text/markdown") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return "markdown";
        }
        return "text";
    }

    private static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String head = text.substring(i, Math.min(text.length(), i + 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<article");
    }
}

package dev.newsclaims.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes → clean article text, the one path every entry point takes (S3 objects, API posts, the command
 * line). Decides the format from the bytes first (binary files are refused whatever their name says),
 * then from Content-Type and the name's extension; decides the charset from a byte-order mark, then
 * valid UTF-8 (which no legacy single-byte text forms by accident, so it wins over a declared charset
 * that says otherwise), then the declared charset, and falls back to Windows-1252 (which also reads
 * ISO-8859-1), the usual encoding of legacy newsroom exports. Finally the text's language is detected:
 * only English goes on to the extractor.
 */
public final class ArticleDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final HtmlText html = new HtmlText();
    private final MarkdownText markdown = new MarkdownText();
    private final LanguageDetector languages = new LanguageDetector();

    /** Bytes as stored or sent; {@code contentType} and {@code name} (a key or file name) may be null. */
    public IngestedArticle decode(byte[] bytes, String contentType, String name) {
        String binary = BinarySniffer.detect(bytes);
        if (binary != null) {
            return IngestedArticle.unsupported(binary, "binary content (" + binary + ") is not an article text");
        }
        Decoded decoded = decodeCharset(bytes, declaredCharset(contentType));
        return fromCharacters(decoded.text(), decoded.charset(), contentType, name);
    }

    /** Text that is already characters (a JSON string field): the same conversion and checks, without the charset step. */
    public IngestedArticle decodeText(String text, String contentType) {
        return fromCharacters(text, null, contentType, null);
    }

    /** Only the charset step, for an envelope (a JSON body) whose fields are then read as text. */
    public String characters(byte[] bytes, String contentType) {
        return decodeCharset(bytes, declaredCharset(contentType)).text();
    }

    private IngestedArticle fromCharacters(String characters, String charset, String contentType, String name) {
        String format = format(contentType, name, characters);
        String text = switch (format) {
            case "html" -> html.toText(characters);
            case "markdown" -> markdown.toText(characters);
            default -> characters;
        };
        if (text.isBlank()) {
            return IngestedArticle.empty(format, charset);
        }
        LanguageDetector.Detected language = languages.detect(text);
        boolean english = language.language().equals("en")
                || language.language().equals(LanguageDetector.UNDETERMINED) && language.latinScript();
        if (!english) {
            return IngestedArticle.unsupportedLanguage(language.language(), format, charset);
        }
        return IngestedArticle.text(text, format, charset, language.language());
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
        try {
            return new Decoded(strict(bytes, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return new Decoded(lenient(bytes, 0, declared), declared.name());
            }
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
                    Charset charset = Charset.forName(name);
                    // As browsers do: the Latin-1 and ASCII labels mean Windows-1252, whose curly quotes they often carry.
                    return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                            ? WINDOWS_1252 : charset;
                } catch (RuntimeException unknown) {
                    return null;
                }
            }
        }
        return null;
    }

    static String format(String contentType, String key, String text) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
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

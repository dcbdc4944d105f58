package dev.newsclaims.ingest;

import java.util.regex.Pattern;

/**
 * Markdown → article text: keeps the words and the paragraph breaks, drops the markup (heading
 * marks, emphasis, link targets, images, list and quote markers, HTML tags, code fences).
 */
final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,2000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,2000}\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\[[^\\]\\n]{0,200}\\]");
    private static final Pattern EMPHASIS = Pattern.compile("(?<!\\\\)(\\*\\*|\\*|~~)(?=\\S)([^*~\\n]{1,2000}?)(?<=[^\\s\\\\])\\1");
    // Underscores inside a word (snake_case, __init__) are not emphasis, as in CommonMark.
    private static final Pattern UNDERSCORE_EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(__|_)(?=\\S)([^_\\n]{1,2000}?)(?<=\\S)\\1(?![\\p{L}\\p{N}_])");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]{0,2000})`");
    // Only what HTML would call a tag or a comment: "x < y and z > w" is prose.
    private static final Pattern TAG =
            Pattern.compile("</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>\\n]{0,500})?/?>|<!--.{0,2000}?-->");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern RULE = Pattern.compile("\\s{0,3}([-*_]\\s*){3,}|\\s{0,3}(=+|-+)\\s*");
    private static final Pattern LINK_DEFINITION = Pattern.compile("\\s{0,3}\\[[^\\]]{1,200}\\]:\\s.*");
    private static final Pattern HEADING_OPEN = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern HEADING_CLOSE = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern QUOTE_MARKERS = Pattern.compile("^(\\s{0,3}>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s{0,6}([-*+]|\\d{1,9}[.)])\\s+");

    String toText(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        boolean inFence = false;
        for (String raw : markdown.split("\r?\n", -1)) {
            String line = raw;
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (!inFence) {
                if (RULE.matcher(line).matches()) {
                    out.append('\n');
                    continue; // rules and setext underlines
                }
                if (LINK_DEFINITION.matcher(line).matches()) {
                    continue; // link reference definitions
                }
                var heading = HEADING_OPEN.matcher(line);
                if (heading.find()) {
                    line = HEADING_CLOSE.matcher(heading.replaceFirst("")).replaceFirst("");
                }
                line = QUOTE_MARKERS.matcher(line).replaceFirst("");
                line = LIST_MARKER.matcher(line).replaceFirst("");
                line = IMAGE.matcher(line).replaceAll("");
                line = LINK.matcher(line).replaceAll("$1");
                line = REF_LINK.matcher(line).replaceAll("$1");
                line = INLINE_CODE.matcher(line).replaceAll("$1");
                line = EMPHASIS.matcher(line).replaceAll("$2");
                line = UNDERSCORE_EMPHASIS.matcher(line).replaceAll("$2");
                line = TAG.matcher(line).replaceAll("");
                line = ESCAPE.matcher(line).replaceAll("$1");
            }
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }
}

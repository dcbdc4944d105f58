package dev.newsclaims.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.TreeMap;

/** An answer given as an RFC 9457 problem document, with any extra members and headers it needs. */
final class Problem extends RuntimeException {
    final ProblemType type;
    final Map<String, JsonNode> members = new TreeMap<>();
    final Map<String, String> headers = new TreeMap<>();

    Problem(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    Problem with(String member, String value) {
        return with(member, TextNode.valueOf(value));
    }

    Problem with(String member, JsonNode value) {
        members.put(member, value);
        return this;
    }

    Problem header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}

package dev.newsclaims.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** The shared event fixtures in {@code events/}, the same files SAM CLI reads. */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {}

    public static String read(String name) {
        try {
            return Files.readString(LocalPaths.events().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] article(String name) {
        try {
            return Files.readAllBytes(LocalPaths.events().resolve("articles").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json(String name) {
        try {
            return (ObjectNode) JSON.readTree(read(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample S3 put event with another key (given URL-encoded, as S3 sends it), size and sequencer. */
    public static String s3Put(String encodedKey, long size, String sequencer) {
        ObjectNode event = json("s3-put.json");
        ObjectNode object = (ObjectNode) event.withArray("Records").get(0).get("s3").get("object");
        object.put("key", encodedKey);
        object.put("size", size);
        object.put("sequencer", sequencer);
        object.remove("eTag");
        return event.toString();
    }
}

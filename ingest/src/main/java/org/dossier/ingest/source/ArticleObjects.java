package org.dossier.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON objects of {@code .json}, {@code .jsonl} and sidecar files. An article object
 * has {@code text} or {@code html} (a string; {@code text} is used when both are given) and any of
 * {@code url}, {@code outlet}, {@code title}, {@code published}, {@code language}; other keys are
 * ignored. Thread-safe.
 */
final class ArticleObjects {

    /** Why a JSON document is not what it should be; the message is for the user. */
    static final class BadObjectException extends Exception {
        BadObjectException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        // Articles may be far longer than Jackson's default cap of 20 million characters per string.
        MAPPER.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build());
    }

    private ArticleObjects() {
    }

    /** Parses one JSON object. */
    static JsonNode parseObject(String json) throws BadObjectException {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadObjectException("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")"));
        }
        if (node == null || node.isMissingNode()) {
            throw new BadObjectException("no JSON object (empty)");
        }
        if (!node.isObject()) {
            throw new BadObjectException("expected a JSON object, found " + describe(node));
        }
        return node;
    }

    /** The body of an article object. */
    static ArticleBody body(JsonNode object) throws BadObjectException {
        String text = string(object, "text");
        if (text != null && !text.isBlank()) {
            return new ArticleBody.Text(text, false);
        }
        String html = string(object, "html");
        if (html != null && !html.isBlank()) {
            return new ArticleBody.HtmlText(html);
        }
        throw new BadObjectException(object.has("text") || object.has("html")
                ? "\"text\"/\"html\" is empty" : "no \"text\" or \"html\" key");
    }

    /** The metadata keys of an object; values of the wrong type are ignored. */
    static Metadata metadata(JsonNode object) {
        JsonNode published = object.get("published");
        String date = published != null && published.isNumber() ? published.asText() : scalar(published);
        return new Metadata(scalar(object.get("url")), scalar(object.get("outlet")), scalar(object.get("title")),
                date, scalar(object.get("language")));
    }

    private static String string(JsonNode object, String key) throws BadObjectException {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadObjectException("\"" + key + "\" must be a string, found " + describe(value));
        }
        return value.textValue();
    }

    private static String scalar(JsonNode value) {
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}

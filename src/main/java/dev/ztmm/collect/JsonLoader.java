package dev.ztmm.collect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import java.io.IOException;

/**
 * Loads JSON into located trees with Jackson's streaming parser, so every value keeps the line
 * and column of its first token.
 *
 * <p>Whole numbers become longs (digits beyond a long stay text), other numbers doubles. A
 * duplicate key is an error, as in {@link YamlLoader}, because which value wins differs between
 * the tools that read the same file.
 */
public final class JsonLoader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLoader() {}

    /** Loads one JSON value that fills the whole text. */
    public static Node load(String text) throws CollectException {
        return load(text, 0);
    }

    /**
     * Loads one JSON value embedded in another file, such as a policy in a Terraform heredoc.
     *
     * @param lineOffset added to every line, the number of lines before the JSON text's first
     */
    public static Node load(String text, int lineOffset) throws CollectException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CollectException("Invalid JSON: the text is empty.", null);
            }
            Node root = new Reader(parser, lineOffset).value(first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new CollectException("Invalid JSON: more text after the first value.",
                        position(parser.currentTokenLocation(), lineOffset));
            }
            return root;
        } catch (StreamConstraintsException e) {
            // Jackson's message names its own configuration method, which means nothing to a user.
            throw new CollectException("Invalid JSON: nesting or a value exceeds the reader's limits"
                    + " (such as more than 1000 levels of nesting); the file was not read.", null);
        } catch (JsonProcessingException e) {
            throw new CollectException("Invalid JSON: " + e.getOriginalMessage(),
                    position(e.getLocation(), lineOffset));
        } catch (IOException e) {
            throw new CollectException("Invalid JSON: " + e.getMessage(), null);
        }
    }

    private static Position position(JsonLocation location, int lineOffset) {
        if (location == null || location.getLineNr() < 1) {
            return Position.NONE;
        }
        return Position.of(location.getLineNr() + lineOffset, Math.max(1, location.getColumnNr()));
    }

    /** Turns the parser's tokens into nodes, one value at a time. */
    private record Reader(JsonParser parser, int lineOffset) {

        Node value(JsonToken token) throws IOException, CollectException {
            Position position = position(parser.currentTokenLocation(), lineOffset);
            return switch (token) {
                case START_OBJECT -> object(position);
                case START_ARRAY -> array(position);
                case VALUE_STRING -> ScalarNode.of(position, parser.getText());
                case VALUE_NUMBER_INT -> integer(position);
                case VALUE_NUMBER_FLOAT -> ScalarNode.of(position, parser.getDoubleValue());
                case VALUE_TRUE -> ScalarNode.of(position, true);
                case VALUE_FALSE -> ScalarNode.of(position, false);
                case VALUE_NULL -> ScalarNode.ofNull(position);
                default -> throw new CollectException(
                        "Invalid JSON: unexpected token " + token + ".", position);
            };
        }

        private MapNode object(Position position) throws IOException, CollectException {
            MapNode map = new MapNode(position);
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Position keyPosition = position(parser.currentTokenLocation(), lineOffset);
                if (map.has(key)) {
                    throw new CollectException(
                            "Duplicate key '" + key + "' in an object; remove one of them.",
                            keyPosition);
                }
                map.put(key, keyPosition, value(parser.nextToken()));
            }
            expectEnd(token, JsonToken.END_OBJECT);
            return map;
        }

        private ListNode array(Position position) throws IOException, CollectException {
            ListNode list = new ListNode(position);
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                list.add(value(token));
            }
            expectEnd(token, JsonToken.END_ARRAY);
            return list;
        }

        private void expectEnd(JsonToken token, JsonToken expected) throws CollectException {
            if (token != expected) {
                throw new CollectException("Invalid JSON: the text ends inside a value.",
                        position(parser.currentLocation(), lineOffset));
            }
        }

        private ScalarNode integer(Position position) throws IOException {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                return ScalarNode.of(position, parser.getText());
            }
            return ScalarNode.of(position, parser.getLongValue());
        }
    }
}

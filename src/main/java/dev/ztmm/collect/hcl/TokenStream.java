package dev.ztmm.collect.hcl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The parser's view of the tokens: lookahead, newline handling and the nesting limit.
 *
 * <p>Newlines end attributes in bodies and separate object items, but are ignored inside
 * parentheses, brackets, template sequences and for expressions. Each construct pushes its mode
 * when it opens and pops it after its closing token, and {@link #peek()} skips newline tokens
 * while the innermost mode ignores them.
 */
final class TokenStream {

    /**
     * The deepest nesting of blocks and expressions accepted, which bounds parser recursion. On
     * OpenJDK 17, a new thread with a 384 KiB stack parsed each kind of nesting to this depth.
     */
    static final int MAX_NESTING = 200;

    private final List<Token> tokens;
    private final Deque<Boolean> newlineModes = new ArrayDeque<>();
    private int index;
    private int nesting;
    private Token previous;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
        newlineModes.push(true);
    }

    Token peek() {
        if (!newlineModes.peek()) {
            while (tokens.get(index).is(TokenType.NEWLINE)) {
                index++;
            }
        }
        return tokens.get(index);
    }

    /** Returns the token after the next one, skipping newlines in the same way as peek. */
    Token peekSecond() {
        peek();
        int at = Math.min(index + 1, tokens.size() - 1);
        while (!newlineModes.peek() && tokens.get(at).is(TokenType.NEWLINE)) {
            at++;
        }
        return tokens.get(at);
    }

    boolean at(TokenType type) {
        return peek().is(type);
    }

    Token next() {
        Token token = peek();
        if (!token.is(TokenType.EOF)) {
            index++;
        }
        previous = token;
        return token;
    }

    boolean accept(TokenType type) {
        if (at(type)) {
            next();
            return true;
        }
        return false;
    }

    /** Consumes a token of the given type or raises "expected X, found Y". */
    Token expect(TokenType type, String expected) {
        if (!at(type)) {
            throw error(peek(), "expected " + expected + ", found " + peek().describe());
        }
        return next();
    }

    Token previous() {
        return previous;
    }

    void skipNewlines() {
        while (tokens.get(index).is(TokenType.NEWLINE)) {
            index++;
        }
    }

    void pushNewlines(boolean significant) {
        newlineModes.push(significant);
    }

    void popNewlines() {
        newlineModes.pop();
    }

    /** Counts one more level of nesting, raising an error at {@code at} past the limit. */
    void enter(Token at) {
        nesting++;
        if (nesting > MAX_NESTING) {
            throw error(at, "blocks and expressions are nested more than " + MAX_NESTING
                    + " levels deep here; flatten the configuration");
        }
    }

    void exit() {
        nesting--;
    }

    HclParseException error(Token at, String message) {
        return new HclParseException(at.range().line(), at.range().column(), message);
    }
}

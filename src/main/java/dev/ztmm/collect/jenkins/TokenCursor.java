package dev.ztmm.collect.jenkins;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The token list of a script with the matching bracket of every opening one. */
final class TokenCursor {

    private final List<Token> tokens;
    private final int[] match;

    private TokenCursor(List<Token> tokens, int[] match) {
        this.tokens = tokens;
        this.match = match;
    }

    /** Pairs brackets, or fails at the first one that is unbalanced. */
    static TokenCursor of(List<Token> tokens) throws JenkinsParseException {
        int[] match = new int[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() == Token.Type.OPEN) {
                open.push(i);
            } else if (token.type() == Token.Type.CLOSE) {
                if (open.isEmpty() || !pairs(tokens.get(open.peek()).text(), token.text())) {
                    throw new JenkinsParseException("Unbalanced '" + token.text() + "' at line "
                            + token.line() + "; check the brackets before it.", token.line());
                }
                match[open.peek()] = i;
                match[i] = open.pop();
            }
        }
        if (!open.isEmpty()) {
            Token unclosed = tokens.get(open.peek());
            throw new JenkinsParseException("'" + unclosed.text() + "' at line " + unclosed.line()
                    + " is never closed.", unclosed.line());
        }
        return new TokenCursor(tokens, match);
    }

    private static boolean pairs(String open, String close) {
        return "{([".indexOf(open) == "})]".indexOf(close);
    }

    int size() {
        return tokens.size();
    }

    /** Returns the token at {@code index}, or null past either end. */
    Token at(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    boolean is(int index, Token.Type type, String text) {
        Token token = at(index);
        return token != null && token.is(type, text);
    }

    boolean opens(int index, String bracket) {
        return is(index, Token.Type.OPEN, bracket);
    }

    /** Returns the index of the bracket that closes the one at {@code index}. */
    int close(int index) {
        return match[index];
    }
}

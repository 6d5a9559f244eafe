package dev.ztmm.collect.jenkins;

import dev.ztmm.model.MapNode;

/**
 * Reads a Jenkinsfile as text into a located tree, without running any of it.
 *
 * <p>The reader is tolerant: it needs balanced brackets and closed strings and comments, and
 * otherwise picks out the pipeline's structure wherever it appears.
 */
public final class JenkinsfileReader {

    private JenkinsfileReader() {}

    /**
     * Returns {type, agent, stages, environment, credentials, withCredentials, commands}.
     *
     * @throws JenkinsParseException when a string, comment or bracket is not closed
     */
    public static MapNode read(String text) throws JenkinsParseException {
        return new PipelineScanner(TokenCursor.of(GroovyLexer.tokenize(text))).scan();
    }
}

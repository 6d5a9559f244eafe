package dev.ztmm.model;

/**
 * One parsed unit of configuration handed from a collector to the engine.
 *
 * @param kind the document kind that rules target, one of {@link DocumentKind}
 * @param path the file path relative to the repository root, with forward slashes; empty for
 *     the repository document
 * @param root the parsed tree
 */
public record Document(String kind, String path, Node root) {}

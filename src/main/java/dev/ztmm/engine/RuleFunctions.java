package dev.ztmm.engine;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.NullValue;
import dev.cel.runtime.CelFunctionBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Helper functions available to every rule condition, so packs do not repeat long expressions.
 *
 * <ul>
 *   <li>{@code pinnedUses(s)}: whether a GitHub Actions {@code uses:} value is immutable: a
 *       local path ({@code ./...}), a {@code docker://} image pinned by {@code sha256} digest, or
 *       {@code owner/repo[/path]@} a full 40-character commit SHA.
 *   <li>{@code usesKind(s)}: "local", "docker" or "remote" for a {@code uses:} value.
 *   <li>{@code pinnedImage(s)}: whether a container image reference carries {@code @sha256:}
 *       and 64 hexadecimal digits.
 *   <li>{@code unknown(v)}: whether a value is a string containing {@code ${}, which parsers use
 *       for values they cannot know without evaluating the repository (Terraform references,
 *       function calls, unresolved build arguments).
 *   <li>{@code triggers(v)}: the event names of a workflow's {@code on:} value, whether it is a
 *       string, a list or a mapping.
 *   <li>{@code asList(v)}: {@code []} for null, the list itself for a list, else {@code [v]}.
 *   <li>{@code openToWorld(v)}: whether a CIDR string, or any string in a list, is
 *       {@code 0.0.0.0/0} or {@code ::/0}.
 *   <li>{@code includes(c, v)}: whether a mapping has the key {@code v}, or a list contains
 *       {@code v}; on a mapping such as {@code repo.fileSet} it takes constant time.
 *   <li>{@code folderOf(p)}: the folder part of a path with its trailing slash, or {@code ""}.
 *   <li>{@code credentialIn(v)}: whether a string contains a credential in a format that
 *       identifies it by itself (an AWS access key id, a GitHub, GitLab, Slack, Stripe, npm or
 *       Google API token, a private key block). Values containing {@code EXAMPLE} or {@code
 *       example}, as in AWS's documented sample keys, do not count.
 *   <li>{@code podSpec(doc)}: the pod spec of a Kubernetes object: {@code spec} of a Pod,
 *       {@code spec.jobTemplate.spec.template.spec} of a CronJob, {@code spec.template.spec}
 *       of any other kind, or an empty map when that path is missing.
 * </ul>
 */
final class RuleFunctions {

    private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern DIGEST = Pattern.compile(".*@sha256:[0-9a-fA-F]{64}");

    /**
     * Credential formats that carry their own prefix, so a match is rarely anything else. Each
     * alternative is the issuer's documented token shape.
     */
    private static final Pattern CREDENTIAL = Pattern.compile(String.join("|",
            "\\b(AKIA|ASIA)[0-9A-Z]{16}\\b",
            "\\bgh[pousr]_[A-Za-z0-9]{36,}\\b",
            "\\bgithub_pat_[A-Za-z0-9_]{60,}\\b",
            "\\bglpat-[A-Za-z0-9_-]{20,}",
            "\\bGR1348[A-Za-z0-9_-]{20,}",
            "\\bxox[baprs]-[A-Za-z0-9-]{10,}",
            "\\b(sk|rk)_live_[A-Za-z0-9]{20,}",
            "\\bnpm_[A-Za-z0-9]{36}\\b",
            "\\bAIza[0-9A-Za-z_-]{35}\\b",
            "-----BEGIN ([A-Z]+ )?PRIVATE KEY-----"));

    private RuleFunctions() {}

    static List<CelFunctionDecl> declarations() {
        return List.of(
                function("pinnedUses", SimpleType.BOOL, SimpleType.DYN),
                function("usesKind", SimpleType.STRING, SimpleType.DYN),
                function("pinnedImage", SimpleType.BOOL, SimpleType.DYN),
                function("unknown", SimpleType.BOOL, SimpleType.DYN),
                function("triggers", ListType.create(SimpleType.STRING), SimpleType.DYN),
                function("asList", ListType.create(SimpleType.DYN), SimpleType.DYN),
                function("openToWorld", SimpleType.BOOL, SimpleType.DYN),
                function("credentialIn", SimpleType.BOOL, SimpleType.DYN),
                function("podSpec", MapType.create(SimpleType.DYN, SimpleType.DYN), SimpleType.DYN),
                CelFunctionDecl.newFunctionDeclaration("includes",
                        CelOverloadDecl.newGlobalOverload("includes_dyn_dyn", SimpleType.BOOL, SimpleType.DYN, SimpleType.DYN)),
                function("folderOf", SimpleType.STRING, SimpleType.DYN));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("pinnedUses_dyn", Object.class, RuleFunctions::pinnedUses),
                CelFunctionBinding.from("usesKind_dyn", Object.class, RuleFunctions::usesKind),
                CelFunctionBinding.from("pinnedImage_dyn", Object.class, RuleFunctions::pinnedImage),
                CelFunctionBinding.from("unknown_dyn", Object.class, RuleFunctions::unknown),
                CelFunctionBinding.from("triggers_dyn", Object.class, RuleFunctions::triggers),
                CelFunctionBinding.from("asList_dyn", Object.class, RuleFunctions::asList),
                CelFunctionBinding.from("openToWorld_dyn", Object.class, RuleFunctions::openToWorld),
                CelFunctionBinding.from("credentialIn_dyn", Object.class, RuleFunctions::credentialIn),
                CelFunctionBinding.from("podSpec_dyn", Object.class, RuleFunctions::podSpec),
                CelFunctionBinding.from("includes_dyn_dyn", Object.class, Object.class, RuleFunctions::includes),
                CelFunctionBinding.from("folderOf_dyn", Object.class, RuleFunctions::folderOf));
    }

    private static CelFunctionDecl function(
            String name, dev.cel.common.types.CelType result, dev.cel.common.types.CelType argument) {
        return CelFunctionDecl.newFunctionDeclaration(
                name, CelOverloadDecl.newGlobalOverload(name + "_dyn", result, argument));
    }

    static String usesKind(Object value) {
        String uses = String.valueOf(value).trim();
        if (uses.startsWith("./") || uses.startsWith("../")) {
            return "local";
        }
        return uses.startsWith("docker://") ? "docker" : "remote";
    }

    static boolean pinnedUses(Object value) {
        String uses = String.valueOf(value).trim();
        switch (usesKind(uses)) {
            case "local":
                return true;
            case "docker":
                return pinnedImage(uses);
            default:
                int at = uses.lastIndexOf('@');
                return at > 0 && FULL_SHA.matcher(uses.substring(at + 1)).matches();
        }
    }

    static boolean pinnedImage(Object value) {
        return value instanceof String image && DIGEST.matcher(image.trim()).matches();
    }

    static boolean unknown(Object value) {
        return value instanceof String text && text.contains("${");
    }

    static List<String> triggers(Object value) {
        List<String> events = new ArrayList<>();
        if (value instanceof String event) {
            events.add(event);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> events.add(String.valueOf(item)));
        } else if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> events.add(String.valueOf(key)));
        }
        return events;
    }

    static Map<?, ?> podSpec(Object document) {
        Object kind = document instanceof Map<?, ?> map ? map.get("kind") : null;
        List<String> path = "Pod".equals(kind) ? List.of("spec")
                : "CronJob".equals(kind)
                        ? List.of("spec", "jobTemplate", "spec", "template", "spec")
                        : List.of("spec", "template", "spec");
        Object node = document;
        for (String key : path) {
            node = node instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return node instanceof Map<?, ?> spec ? spec : Map.of();
    }

    static List<Object> asList(Object value) {
        if (value == null || value instanceof NullValue) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return List.of(value);
    }

    static boolean openToWorld(Object value) {
        for (Object item : asList(value)) {
            if (item instanceof String cidr && (cidr.trim().equals("0.0.0.0/0") || cidr.trim().equals("::/0"))) {
                return true;
            }
        }
        return false;
    }

    /** Text every credential format contains; a string without any of them cannot match. */
    private static final List<String> CREDENTIAL_MARKERS = List.of(
            "AKIA", "ASIA", "gh", "glpat-", "GR1348", "xox", "_live_", "npm_", "AIza", "PRIVATE KEY");

    static boolean credentialIn(Object value) {
        if (!(value instanceof String text) || text.length() < 16
                || CREDENTIAL_MARKERS.stream().noneMatch(text::contains)) {
            return false;
        }
        return !text.toLowerCase(java.util.Locale.ROOT).contains("example") && CREDENTIAL.matcher(text).find();
    }

    /**
     * Returns the text with every credential match cut to its first four characters, so a
     * report can show where a credential is without repeating it.
     */
    static String redact(String text) {
        return CREDENTIAL.matcher(text).replaceAll(match -> {
            String found = match.group();
            return java.util.regex.Matcher.quoteReplacement(found.substring(0, Math.min(4, found.length())) + "****");
        });
    }

    /** Returns the index of the first line that contains a credential, or -1 when none does. */
    static int credentialLine(String text) {
        java.util.regex.Matcher matcher = CREDENTIAL.matcher(text);
        if (!matcher.find()) {
            return -1;
        }
        return (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
    }

    static boolean includes(Object container, Object value) {
        if (container instanceof Map<?, ?> map) {
            return map.containsKey(value);
        }
        return container instanceof List<?> list && list.contains(value);
    }

    static String folderOf(Object path) {
        String text = String.valueOf(path);
        int slash = text.lastIndexOf('/');
        return slash < 0 ? "" : text.substring(0, slash + 1);
    }
}

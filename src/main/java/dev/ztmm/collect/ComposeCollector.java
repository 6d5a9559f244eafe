package dev.ztmm.collect;

import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.ListNode;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.model.ScalarNode;
import dev.ztmm.walk.RepoFile;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads Docker Compose files: compose.yaml, compose.yml, docker-compose.yml and variants such
 * as docker-compose.prod.yml or docker-compose-dev.yaml.
 *
 * <p>The tree keeps the file's top-level keys as written and lists services as
 * {@code services: [{name, image, privileged, user, network_mode, ports, volumes, environment,
 * secrets, ...}]}. Environment in list form ({@code - KEY=value}) becomes a mapping like the
 * mapping form, with null for a key given without a value. Each service keeps its other keys
 * as written. Neither {@code extends} nor {@code include} is followed, and variables such as
 * {@code ${TAG}} are not substituted.
 */
public final class ComposeCollector extends YamlDocumentCollector {

    private static final Pattern FILE_NAME =
            Pattern.compile("(docker-)?compose([.-][\\w.-]+)?\\.ya?ml");

    @Override
    public String name() {
        return "compose";
    }

    @Override
    String kind() {
        return DocumentKind.COMPOSE;
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        return FILE_NAME.matcher(file.fileName()).matches();
    }

    @Override
    MapNode shape(MapNode root) {
        MapNode tree = new MapNode(root.position());
        root.entries().forEach((key, value) -> tree.put(key, root.keyPosition(key), value));
        ListNode services = new ListNode(root.keyPosition("services"));
        if (root.get("services") instanceof MapNode written) {
            written.entries().forEach((name, service) ->
                    services.add(service(name, written.keyPosition(name), service)));
        }
        tree.put("services", root.keyPosition("services"), services);
        return tree;
    }

    private static MapNode service(String name, Position namePosition, Node written) {
        MapNode service = new MapNode(namePosition);
        service.put("name", ScalarNode.of(namePosition, name));
        MapNode body = written instanceof MapNode map ? map : new MapNode(namePosition);
        body.entries().forEach((key, value) -> service.put(key, body.keyPosition(key), value));
        putDefault(service, "image", ScalarNode.ofNull(namePosition));
        putDefault(service, "privileged", ScalarNode.of(namePosition, false));
        putDefault(service, "user", ScalarNode.ofNull(namePosition));
        putDefault(service, "network_mode", ScalarNode.ofNull(namePosition));
        for (String list : new String[] {"ports", "volumes", "secrets", "cap_add"}) {
            putDefault(service, list, new ListNode(namePosition));
        }
        service.put("environment", body.keyPosition("environment"),
                environment(body.get("environment"), namePosition));
        return service;
    }

    private static void putDefault(MapNode service, String key, Node value) {
        if (!service.has(key)) {
            service.put(key, value);
        }
    }

    /** Returns the environment as a mapping of name to value, whether written as a list or not. */
    private static MapNode environment(Node written, Position absent) {
        if (written instanceof MapNode map) {
            return map;
        }
        MapNode environment = new MapNode(written == null ? absent : written.position());
        if (!(written instanceof ListNode list)) {
            return environment;
        }
        for (Node item : list.items()) {
            if (item instanceof ScalarNode scalar && scalar.scalar() != null) {
                Map.Entry<String, Node> entry = variable(String.valueOf(scalar.scalar()), scalar);
                environment.put(entry.getKey(), scalar.position(), entry.getValue());
            }
        }
        return environment;
    }

    private static Map.Entry<String, Node> variable(String text, ScalarNode item) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return Map.entry(text, ScalarNode.ofNull(item.position()));
        }
        return Map.entry(text.substring(0, equals),
                ScalarNode.of(item.position(), text.substring(equals + 1)));
    }
}

package id.orderan.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's state tree, built from the {@code changes} of Flow's UIDL messages as the
 * browser builds its DOM: node ids, tags, properties, attributes, children, DOM-event listeners and text.
 * Enough to find a component the way a user does (by tag, id attribute or visible text) and to know
 * which events and properties the server listens to. Feature numbers are Flow's {@code NodeFeatures}.
 */
public final class UiTree {

    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int VIRTUAL_CHILDREN = 24;

    /** One state node; the root UI element is node 1. */
    public static final class Node {
        final int id;
        @Nullable String tag;
        @Nullable String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        int parent = -1;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public @Nullable String tag() {
            return tag;
        }

        public @Nullable String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        public @Nullable JsonNode property(String name) {
            return properties.get(name);
        }

        /** The expressions the server wants with this DOM event, or null when it does not listen to it. */
        public @Nullable JsonNode listener(String event) {
            return listeners.get(event);
        }

        @Override
        public String toString() {
            return "<" + tag + " #" + id + (attribute("id") != null ? " id=" + attribute("id") : "") + ">";
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();

    /** Applies one message's {@code changes} array, in order. */
    public void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, Node::new);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change.path("feat").asInt());
                default -> { } // "empty": a feature created with nothing in it
            }
        }
    }

    /** Forgets everything (a resynchronisation or a new page sends the whole tree again). */
    public void clear() {
        nodes.clear();
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString();
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case LISTENERS -> node.listeners.put(key, value);
            case TEXT -> node.text = value.asString();
            default -> { }
        }
    }

    private void remove(Node node, JsonNode change) {
        String key = change.path("key").asString();
        switch (change.path("feat").asInt()) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> { }
        }
    }

    private void splice(Node node, JsonNode change) {
        List<Integer> list = switch (change.path("feat").asInt()) {
            case CHILDREN -> node.children;
            case VIRTUAL_CHILDREN -> node.virtualChildren;
            default -> null; // class lists, template models: not needed to find components
        };
        if (list == null) {
            return;
        }
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        if (change.has("addNodes")) {
            int at = index;
            for (JsonNode added : change.get("addNodes")) {
                int child = added.asInt();
                list.add(Math.min(at++, list.size()), child);
                node(child).parent = node.id;
            }
        }
    }

    private void clear(Node node, int feature) {
        switch (feature) {
            case CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            case PROPERTIES -> node.properties.clear();
            case ATTRIBUTES -> node.attributes.clear();
            case LISTENERS -> node.listeners.clear();
            default -> { }
        }
    }

    /** The child's position among the parent's children (a tab's index in its tabs), or -1. */
    public int indexIn(Node parent, Node child) {
        return parent.children.indexOf(child.id);
    }

    /** For exploring: the node's ancestors up to the root or the first missing link. */
    public String path(Node node) {
        var out = new StringBuilder(node.toString());
        Node current = node;
        for (int depth = 0; depth < 60 && current.parent != -1; depth++) {
            Node parent = nodes.get(current.parent);
            if (parent == null) {
                return out.append(" <- missing ").append(current.parent).toString();
            }
            out.append(" <- ").append(parent).append(parent.children.contains(current.id) ? "" : parent.virtualChildren.contains(current.id) ? "(v)" : "(gone)");
            current = parent;
        }
        return out.toString();
    }

    public int size() {
        return nodes.size();
    }

    public @Nullable Node get(int id) {
        return nodes.get(id);
    }

    /** The element with this {@code id} attribute that is still in the UI. */
    public Optional<Node> byDomId(String domId) {
        return first(n -> domId.equals(n.attribute("id")));
    }

    public List<Node> byTag(String tag) {
        return all(n -> tag.equals(n.tag));
    }

    /** The first element of this tag whose visible text (its text nodes, deep) contains {@code text}. */
    public Optional<Node> byTagAndText(String tag, String text) {
        return first(n -> tag.equals(n.tag) && text(n).contains(text));
    }

    public Optional<Node> first(Predicate<Node> test) {
        return nodes.values().stream().filter(n -> attached(n) && test.test(n)).findFirst();
    }

    public List<Node> all(Predicate<Node> test) {
        return nodes.values().stream().filter(n -> attached(n) && test.test(n)).toList();
    }

    /**
     * Reachable from the UI root (node 1) through children or virtual children, and not inside a closed
     * dialog: what a user can see.
     */
    boolean attached(Node node) {
        Node current = node;
        for (int depth = 0; depth < 200; depth++) {
            if (current.id == 1) {
                return true;
            }
            if ("vaadin-dialog".equals(current.tag)) {
                JsonNode opened = current.properties.get("opened");
                if (opened == null || !opened.asBoolean(false)) {
                    return false;
                }
            }
            Node parent = nodes.get(current.parent);
            // a splice that removed the node from its parent leaves the parent id behind: check the list
            if (parent == null || !(parent.children.contains(current.id) || parent.virtualChildren.contains(current.id))) {
                return false;
            }
            current = parent;
        }
        return false;
    }

    /** The concatenated text of the node's text nodes, as a user reads it. */
    public String text(Node node) {
        var out = new StringBuilder();
        text(node, out, 0);
        return out.toString();
    }

    private void text(Node node, StringBuilder out, int depth) {
        if (depth > 60) {
            return;
        }
        if (node.text != null) {
            out.append(node.text);
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                text(c, out, depth + 1);
            }
        }
    }
}

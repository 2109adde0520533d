package id.orderan.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One staff member's browser tab, speaking Vaadin Flow 25's client-server protocol without a browser:
 * its own cookies (session, and HAProxy's stickiness cookie), Spring Security's form sign-in with the
 * page's CSRF token, the page's initial UIDL (UI id, {@code Vaadin-Security-Key}, push id), UIDL POSTs
 * ({@code ?v-r=uidl&v-uiId=N}) with {@code rpc} invocations, {@code syncId} and {@code clientId} kept as
 * Flow's client keeps them, and the push WebSocket (Atmosphere) whose messages are applied in
 * {@code syncId} order like the responses. Every request the user waits for is timed in {@link RoundTrips}.
 *
 * <p>Thread-safety: the staff's own thread sends; the WebSocket's thread delivers pushes. Both apply
 * messages under this object's lock.
 */
public final class VaadinClient implements AutoCloseable {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Messages the server numbered ahead of one still missing: after this long, apply them anyway. */
    private static final long GAP_WAIT_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final HttpClient http;
    private final URI base;
    private final RoundTrips trips;
    private final Budget budget;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, Integer> replacedCookies = new java.util.HashMap<>();
    private final UiTree tree = new UiTree();
    private final Map<String, JsonNode> constants = new java.util.HashMap<>();

    private int uiId = -1;
    private String csrfToken = "init";
    private @Nullable String pushId;
    private int lastSyncId = -1;
    private int clientId;
    private final TreeMap<Integer, JsonNode> pending = new TreeMap<>();
    private long gapSince;
    private final List<ObjectNode> queued = new ArrayList<>();
    private final List<String> openedUrls = new ArrayList<>();
    private final Map<Integer, List<JsonNode>> gridRows = new LinkedHashMap<>();
    private final Map<String, int[]> rendererChannels = new java.util.HashMap<>();
    private @Nullable WebSocket push;
    private final StringBuilder pushBuffer = new StringBuilder();
    private final java.util.concurrent.atomic.AtomicLong pushCounter;
    private volatile boolean sessionExpired;

    public VaadinClient(HttpClient http, URI base, RoundTrips trips, Budget budget,
            java.util.concurrent.atomic.AtomicLong pushCounter) {
        this.pushCounter = pushCounter;
        this.http = http;
        this.base = Loopback.check(base.toString());
        this.trips = trips;
        this.budget = budget;
    }

    // ---- HTTP with this tab's cookies -------------------------------------------------------------

    private HttpRequest.Builder request(String pathAndQuery) {
        budget.take();
        var builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT);
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private synchronized String cookieHeader() {
        var out = new StringBuilder();
        cookies.forEach((name, value) -> out.append(out.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return out.toString();
    }

    private synchronized void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("set-cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).strip();
                String previous = cookies.put(name, pair.substring(eq + 1).strip());
                if (previous != null && !previous.equals(cookies.get(name))) {
                    replacedCookies.merge(name, 1, Integer::sum);
                }
            }
        }
    }

    /** This tab's cookie of that name (e.g. HAProxy's {@code SRV}: the node it sticks to), or null. */
    public synchronized @Nullable String cookie(String name) {
        return cookies.get(name);
    }

    /**
     * How often the server replaced this tab's cookie by another value: for {@code SRV}, each time HAProxy
     * sent the tab to another node (its node was down, or the cookie was lost), i.e. stickiness broken.
     */
    public synchronized int replaced(String name) {
        return replacedCookies.getOrDefault(name, 0);
    }

    private HttpResponse<String> send(HttpRequest request, String kind) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            keepCookies(response);
            if (response.statusCode() >= 400) {
                trips.error(kind, "HTTP " + response.statusCode());
                throw new LoadFailure(kind + ": HTTP " + response.statusCode());
            }
            trips.record(kind, System.nanoTime() - start);
            return response;
        } catch (IOException e) {
            trips.error(kind, e.getClass().getSimpleName());
            throw e;
        }
    }

    // ---- sign-in and pages ------------------------------------------------------------------------

    /** Opens the login page and signs in with Spring Security's form (its CSRF token from the page). */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(request("/login").GET().build(), "arrive: login page");
        String token = find(META_CSRF, page.body(), "the login page's CSRF token");
        Matcher parameter = META_CSRF_PARAMETER.matcher(page.body());
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&"
                + (parameter.find() ? parameter.group(1) : "_csrf") + "=" + encode(token);
        HttpResponse<String> answer = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "arrive: sign in (POST /login)");
        String location = answer.headers().firstValue("location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new LoadFailure("sign-in of " + username + " refused: " + answer.statusCode() + " " + location);
        }
    }

    /** What a desktop browser in Jakarta tells Flow about itself when a page starts. */
    private static final String BROWSER_DETAILS = "&v-sh=768&v-sw=1366&v-wh=657&v-ww=1366&v-bh=657&v-bw=1366"
            + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FJakarta&v-td=false&v-pr=1&v-np=Linux";

    /**
     * Opens a page as a browser does when a URL is typed or reloaded: the HTML shell, Flow's init request
     * ({@code ?v-r=init}: a new UI, its UI id, security key and push id), the push channel, then the
     * {@code ui-navigate} event that builds the view on the server (Flow 25's client-side bootstrap).
     */
    public void open(String route, String kind) throws IOException, InterruptedException {
        closePush();
        send(request("/" + route).GET().build(), kind + " (HTML)");
        HttpResponse<String> init = send(request("/?v-r=init&location=" + encode(route) + "&query="
                + BROWSER_DETAILS).GET().build(), kind + " (init)");
        JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
        if (!appConfig.has("v-uiId")) {
            throw new LoadFailure(route + ": Flow's init answered without a UI (not signed in?)");
        }
        synchronized (this) {
            tree.clear();
            constants.clear();
            pending.clear();
            queued.clear();
            gridRows.clear();
            rendererChannels.clear();
            openedUrls.clear();
            lastSyncId = -1;
            clientId = 0;
            uiId = appConfig.get("v-uiId").asInt();
            handle(appConfig.path("uidl"));
        }
        openPush();
        navigate(route, "", kind + " (navigate)");
    }

    /** A click on a link of the app (or the first view of a page): Flow's {@code ui-navigate} event on the UI. */
    public void navigate(String route, String query, String kind) throws IOException, InterruptedException {
        UiTree.Node ui = tree().get(1);
        if (ui == null) {
            throw new LoadFailure("no UI to navigate in");
        }
        ObjectNode invocation = NODES.objectNode();
        invocation.put("type", "event");
        invocation.put("node", 1);
        invocation.put("event", "ui-navigate");
        ObjectNode data = invocation.putObject("data");
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "Orderan");
        data.putNull("historyState");
        data.put("trigger", "link");
        rpc(kind, invocation);
    }

    /** GET of a document the UI opened (a label PDF): returns its size in bytes. */
    public int download(String relativeUrl, String kind) throws IOException, InterruptedException {
        String path = relativeUrl.startsWith("/") ? relativeUrl : "/" + relativeUrl;
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        keepCookies(response);
        if (response.statusCode() != 200) {
            trips.error(kind, "HTTP " + response.statusCode());
            throw new LoadFailure(kind + ": HTTP " + response.statusCode());
        }
        trips.record(kind, System.nanoTime() - start);
        return response.body().length;
    }

    // ---- UIDL -------------------------------------------------------------------------------------

    /** Sends the queued invocations plus these, as one UIDL request, and applies the answer. */
    public void rpc(String kind, ObjectNode... invocations) throws IOException, InterruptedException {
        ObjectNode payload = NODES.objectNode();
        synchronized (this) {
            ArrayNode rpc = payload.putArray("rpc");
            queued.forEach(rpc::add);
            queued.clear();
            for (ObjectNode invocation : invocations) {
                rpc.add(invocation);
            }
            if (!"init".equals(csrfToken)) {
                payload.put("csrfToken", csrfToken);
            }
            payload.put("syncId", lastSyncId);
            payload.put("clientId", clientId++);
        }
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload))).build(), kind);
        JsonNode message = parseUidl(response.body());
        if (Boolean.getBoolean("orderan.load.trace")) {
            executed.add("RESPONSE " + kind + ": " + response.body());
        }
        synchronized (this) {
            handle(message);
        }
        if (sessionExpired) {
            throw new LoadFailure(kind + ": the session expired");
        }
    }

    static JsonNode parseUidl(String body) {
        String text = body.strip();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode node = JSON.readTree(text);
        return node.isArray() ? node.get(0) : node;
    }

    /** Applies a message in syncId order; holds back one that arrived ahead of a missing one. */
    private void handle(JsonNode message) {
        if (message.path("meta").path("sessionExpired").asBoolean(false)) {
            sessionExpired = true;
            return;
        }
        int syncId = message.path("syncId").asInt(-1);
        if (message.path("resynchronize").asBoolean(false)) {
            tree.clear();
            pending.clear();
            apply(message);
            return;
        }
        if (syncId == -1 || lastSyncId == -1 || syncId == lastSyncId + 1) {
            apply(message);
        } else if (syncId <= lastSyncId) {
            return; // already seen (a push that repeats a response)
        } else {
            pending.put(syncId, message);
            if (gapSince == 0) {
                gapSince = System.nanoTime();
            }
        }
        while (!pending.isEmpty() && (pending.firstKey() == lastSyncId + 1
                || System.nanoTime() - gapSince > GAP_WAIT_NANOS)) {
            if (pending.firstKey() != lastSyncId + 1) {
                trips.error("push order", "gap before syncId " + pending.firstKey());
            }
            apply(pending.pollFirstEntry().getValue());
        }
        if (pending.isEmpty()) {
            gapSince = 0;
        }
    }

    private void apply(JsonNode message) {
        int syncId = message.path("syncId").asInt(-1);
        if (syncId != -1) {
            lastSyncId = syncId;
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        if (message.has("Vaadin-Security-Key")) {
            csrfToken = message.get("Vaadin-Security-Key").asString();
        }
        if (message.has("Vaadin-Push-ID")) {
            pushId = message.get("Vaadin-Push-ID").asString();
        }
        if (message.has("constants")) {
            message.get("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        if (message.has("changes")) {
            tree.apply(message.get("changes"));
            closedDialogs(message.get("changes"));
        }
        if (message.has("execute")) {
            for (JsonNode command : message.get("execute")) {
                execute(command);
            }
        }
    }

    /**
     * A dialog the server closed fires its events in the browser as its overlay closes; the server
     * waits for them to take an auto-added dialog out of the UI. They go with the next request.
     */
    private void closedDialogs(JsonNode changes) {
        for (JsonNode change : changes) {
            if ("put".equals(change.path("type").asString()) && "opened".equals(change.path("key").asString())
                    && !change.path("value").asBoolean(true)) {
                UiTree.Node node = tree.get(change.get("node").asInt());
                if (node != null && "vaadin-dialog".equals(node.tag())) {
                    if (node.listener("opened-changed") != null) {
                        queued.add(sync(node, "opened", NODES.booleanNode(false)));
                        queued.add(event(node, "opened-changed"));
                    }
                    if (node.listener("closed") != null) {
                        queued.add(event(node, "closed"));
                    }
                }
            }
        }
    }

    /**
     * The JavaScript the server asks the browser to run, where it matters for a user: rows the grid
     * receives ({@code $connector.set}), the grid's update it must confirm, and windows opened (prints).
     */
    private void execute(JsonNode command) {
        int last = command.size() - 1;
        String script = command.get(last).asString();
        if (Boolean.getBoolean("orderan.load.trace")) {
            executed.add(command.toString().substring(0, Math.min(600, command.toString().length())));
        }
        if (script.contains("$connector.confirm")) {
            Integer grid = nodeParameter(command);
            JsonNode id = firstNumber(command);
            if (grid != null && id != null) {
                queued.add(published(grid, "confirmUpdate", NODES.arrayNode().add(id.asInt())));
            }
        } else if (script.contains("$connector.set(")) {
            Integer grid = nodeParameter(command);
            for (int i = 0; i < last; i++) {
                JsonNode parameter = command.get(i);
                if (grid != null && parameter.isArray()) {
                    JsonNode startIndex = firstNumber(command);
                    List<JsonNode> rows = gridRows.computeIfAbsent(grid, g -> new ArrayList<>());
                    if (startIndex != null && startIndex.asInt() == 0) {
                        rows.clear();
                    }
                    parameter.forEach(rows::add);
                }
            }
        } else if (script.contains("$connector.reset") || script.contains("$connector.clear")) {
            Integer grid = nodeParameter(command);
            if (grid != null) {
                gridRows.remove(grid);
            }
        } else if (script.contains("setLitRenderer")) {
            // a Lit renderer's @click functions call back through its return channel: {"@v-return": [node, id]}
            JsonNode channel = null;
            JsonNode callables = null;
            for (int i = 0; i < last; i++) {
                JsonNode parameter = command.get(i);
                if (parameter.isObject() && parameter.has("@v-return")) {
                    channel = parameter.get("@v-return");
                } else if (parameter.isArray() && channel != null && callables == null) {
                    callables = parameter;
                }
            }
            if (channel != null && callables != null) {
                for (JsonNode name : callables) {
                    rendererChannels.put(name.asString(), new int[] {channel.get(0).asInt(), channel.get(1).asInt()});
                }
            }
        } else if (script.contains("open(")) {
            for (int i = 0; i < last; i++) {
                JsonNode parameter = command.get(i);
                if (parameter.isString() && parameter.asString().contains("documents/")) {
                    openedUrls.add(parameter.asString());
                }
            }
        }
    }

    private static @Nullable Integer nodeParameter(JsonNode command) {
        for (int i = 0; i < command.size() - 1; i++) {
            JsonNode parameter = command.get(i);
            if (parameter.isObject() && parameter.has("@v-node")) {
                return parameter.get("@v-node").asInt();
            }
        }
        return null;
    }

    private static @Nullable JsonNode firstNumber(JsonNode command) {
        for (int i = 0; i < command.size() - 1; i++) {
            if (command.get(i).isNumber()) {
                return command.get(i);
            }
        }
        return null;
    }

    // ---- what a user does -------------------------------------------------------------------------

    /** A DOM event the server listens to, with the event data it asked for (keys pressed: none). */
    public ObjectNode event(UiTree.Node node, String type) {
        ObjectNode invocation = NODES.objectNode();
        invocation.put("type", "event");
        invocation.put("node", node.id());
        invocation.put("event", type);
        ObjectNode data = NODES.objectNode();
        for (String key : expressions(node, type)) {
            if (key.startsWith("}") || key.startsWith("]") || key.matches("\\d+")) {
                continue; // property synchronisation (sent as mSync), state-node data, debounce settings
            }
            if (key.endsWith("Key") || key.contains("repeat") || key.contains("isComposing")) {
                data.put(key, false);
            } else if (key.equals("event.detail")) {
                data.put(key, 1);
            } else if (key.startsWith("event.")) {
                data.put(key, 0);
            }
        }
        invocation.set("data", data);
        return invocation;
    }

    /** The expressions whose values the server wants with this DOM event (empty: it does not listen). */
    public synchronized List<String> expressions(UiTree.Node node, String type) {
        JsonNode listener = node.listener(type);
        JsonNode expressions = listener != null && listener.isString() ? constants.get(listener.asString()) : listener;
        return expressions == null || !expressions.isObject() ? List.of() : List.copyOf(expressions.propertyNames());
    }

    public static ObjectNode sync(UiTree.Node node, String property, JsonNode value) {
        ObjectNode invocation = NODES.objectNode();
        invocation.put("type", "mSync");
        invocation.put("node", node.id());
        invocation.put("feature", UiTree.PROPERTIES);
        invocation.put("property", property);
        invocation.set("value", value);
        return invocation;
    }

    /** A {@code @ClientCallable} method called from the browser ({@code element.$server.name(args)}). */
    public static ObjectNode published(int node, String method, ArrayNode args) {
        ObjectNode invocation = NODES.objectNode();
        invocation.put("type", "publishedEventHandler");
        invocation.put("node", node);
        invocation.put("templateEventMethodName", method);
        invocation.set("templateEventMethodArgs", args);
        invocation.put("promise", -1);
        return invocation;
    }

    /** A call through a return channel (a Lit renderer's {@code @click} in a grid row). */
    public static ObjectNode channel(int node, int channel, ArrayNode args) {
        ObjectNode invocation = NODES.objectNode();
        invocation.put("type", "channel");
        invocation.put("node", node);
        invocation.put("channel", channel);
        invocation.set("args", args);
        return invocation;
    }

    public void click(UiTree.Node node, String kind) throws IOException, InterruptedException {
        rpc(kind, event(node, "click"));
    }

    /**
     * Types a value into a text field and leaves it as the browser does: the property is synchronised
     * and the events the server listens to for it ({@code change}, or {@code input}/{@code value-changed})
     * are fired in the same request.
     */
    public void type(UiTree.Node field, String value, String kind) throws IOException, InterruptedException {
        List<ObjectNode> calls = new ArrayList<>();
        calls.add(sync(field, "value", NODES.stringNode(value)));
        for (String type : List.of("input", "value-changed", "change")) {
            if (field.listener(type) != null) {
                calls.add(event(field, type));
            }
        }
        rpc(kind, calls.toArray(ObjectNode[]::new));
    }

    /**
     * Picks an item of a combo box as a user does: opens it (the browser then asks for the first page
     * of items), takes the first item whose label contains {@code label}, and closes it with that value.
     * Returns false when no item matched.
     */
    public boolean choose(UiTree.Node combo, String label, String kind) throws IOException, InterruptedException {
        rpc(kind + " (open)", sync(combo, "opened", NODES.booleanNode(true)), event(combo, "opened-changed"),
                published(combo.id(), "setViewportRange", NODES.arrayNode().add(0).add(50).add("")));
        JsonNode item = rows(combo.id()).stream().filter(i -> i.path("label").asString("").contains(label))
                .findFirst().orElse(null);
        if (item == null) {
            rpc(kind, sync(combo, "opened", NODES.booleanNode(false)), event(combo, "opened-changed"));
            return false;
        }
        rpc(kind, sync(combo, "opened", NODES.booleanNode(false)), event(combo, "opened-changed"),
                sync(combo, "value", item.get("key")), event(combo, "value-changed"));
        return true;
    }

    // ---- push (Atmosphere over WebSocket) ---------------------------------------------------------

    private void openPush() {
        String id = pushId;
        if (id == null) {
            return; // push not enabled for this UI
        }
        String query = "v-uiId=" + uiId + "&v-pushId=" + encode(id)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + encode("application/json; charset=UTF-8") + "&X-atmo-protocol=true";
        URI uri = URI.create("ws" + base.toString().substring(4) + "/VAADIN/push?" + query);
        budget.take();
        try {
            var builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
            String cookie = cookieHeader();
            if (!cookie.isEmpty()) {
                builder.header("Cookie", cookie);
            }
            push = builder.buildAsync(uri, new PushListener()).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            trips.error("push connect", e.getClass().getSimpleName());
        }
    }

    private void closePush() {
        WebSocket socket = push;
        push = null;
        if (socket != null) {
            socket.abort();
        }
        synchronized (pushBuffer) {
            pushBuffer.setLength(0);
        }
    }

    private final class PushListener implements WebSocket.Listener {
        private final StringBuilder frame = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                String text = frame.toString();
                frame.setLength(0);
                consume(text);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            if (push == socket) {
                trips.error("push", error.getClass().getSimpleName());
            }
        }
    }

    /** Atmosphere's tracked message sizes ("length|message"), possibly several per frame or split. */
    private void consume(String text) {
        List<String> messages = new ArrayList<>();
        synchronized (pushBuffer) {
            pushBuffer.append(text);
            while (true) {
                int bar = pushBuffer.indexOf("|");
                if (bar <= 0) {
                    break;
                }
                int length;
                try {
                    length = Integer.parseInt(pushBuffer.substring(0, bar).strip());
                } catch (NumberFormatException e) {
                    pushBuffer.setLength(0); // not Atmosphere's framing: drop
                    break;
                }
                if (pushBuffer.length() < bar + 1 + length) {
                    break;
                }
                messages.add(pushBuffer.substring(bar + 1, bar + 1 + length));
                pushBuffer.delete(0, bar + 1 + length);
            }
        }
        for (String message : messages) {
            String body = message.strip();
            if (!(body.startsWith("for(;;);") || body.startsWith("{") || body.startsWith("["))) {
                continue; // the handshake (tracking id, heartbeat interval) and heartbeat padding
            }
            JsonNode uidl;
            try {
                uidl = parseUidl(body);
            } catch (RuntimeException e) {
                trips.error("push", "unreadable message");
                continue;
            }
            synchronized (this) {
                handle(uidl);
            }
            pushCounter.incrementAndGet();
        }
    }

    // ---- reading the screen -----------------------------------------------------------------------

    public synchronized UiTree tree() {
        return tree;
    }

    public synchronized Optional<UiTree.Node> byDomId(String id) {
        return tree.byDomId(id);
    }

    /** The rows the grid has received so far (each an item object with its {@code key}). */
    public synchronized List<JsonNode> rows(int gridNode) {
        return List.copyOf(gridRows.getOrDefault(gridNode, List.of()));
    }

    /** Calls a Lit renderer's function ({@code @click="${name}"}) for the row with this item key. */
    public void callRenderer(String function, String itemKey, String kind) throws IOException, InterruptedException {
        int[] channel;
        synchronized (this) {
            channel = rendererChannels.get(function);
        }
        if (channel == null) {
            throw new LoadFailure("no renderer function " + function + " on screen");
        }
        rpc(kind, channel(channel[0], channel[1], NODES.arrayNode().add(function).add(itemKey).add(NODES.arrayNode())));
    }

    /** Document URLs the UI opened in a new window since the last call. */
    public synchronized List<String> takeOpenedUrls() {
        List<String> urls = List.copyOf(openedUrls);
        openedUrls.clear();
        return urls;
    }

    /** For exploring a screen: each event the server listens to on this node, with its expressions. */
    public synchronized Map<String, List<String>> expressionsAll(UiTree.Node node) {
        Map<String, List<String>> all = new java.util.TreeMap<>();
        node.listeners.keySet().forEach(type -> all.put(type, expressions(node, type)));
        return all;
    }

    /** With {@code -Dorderan.load.trace=true}: the answers and scripts received, for exploring a new screen. */
    private final List<String> executed = new ArrayList<>();

    public synchronized void dumpExecutes() {
        executed.forEach(e -> System.out.println("EXEC " + e));
        executed.clear();
    }

    @Override
    public void close() {
        closePush();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new LoadFailure("not found: " + what);
        }
        return matcher.group(1);
    }

    /** A step that could not be done as a user would (the screen was not as expected, an HTTP error). */
    public static final class LoadFailure extends RuntimeException {
        public LoadFailure(String message) {
            super(message);
        }
    }
}

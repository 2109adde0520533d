package id.orderan.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One virtual staff member working List Order all day, with human pauses: 2–5 s to read a page,
 * 0.5–2 s between actions. A cycle: switch to their tab (CS and admin: Belum Bayar; warehouse: Sedang
 * Diproses), search for a buyer seen in the list, open one of the results (Aksi → Detail), record a
 * full payment (CS, admin) or enter a resi (warehouse), print its label (the PDF is fetched like the
 * browser's new tab does) and go back to List Order through the menu. The screen is read from the
 * UI tree; nothing is assumed that a user could not see.
 */
public final class StaffMember implements Runnable {

    public enum Role {
        ADMIN("belum-bayar"), CS("belum-bayar"), GUDANG("sedang-diproses");

        final String tab;

        Role(String tab) {
            this.tab = tab;
        }
    }

    /** Work done by all staff: finished cycles, payments, resis, labels and pushes received. */
    public static final class Tally {
        public final AtomicLong cycles = new AtomicLong();
        public final AtomicLong payments = new AtomicLong();
        public final AtomicLong resis = new AtomicLong();
        public final AtomicLong labels = new AtomicLong();
        public final AtomicLong pushes = new AtomicLong();
        public final AtomicLong skipped = new AtomicLong();
        public final AtomicLong conflicts = new AtomicLong();
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> COURIERS = List.of("JNE", "J&T", "SiCepat", "AnterAja");

    private final Role role;
    private final String username;
    private final String password;
    private final VaadinClient client;
    private final RoundTrips trips;
    private final AtomicBoolean stop;
    private final Tally tally;
    private final double thinkScale;
    private final AtomicBoolean leave = new AtomicBoolean();
    private volatile boolean signedOut;

    public StaffMember(Role role, String username, String password, HttpClient http, URI base, RoundTrips trips,
            Budget budget, AtomicBoolean stop, Tally tally, double thinkScale) {
        this.role = role;
        this.username = username;
        this.password = password;
        this.client = new VaadinClient(http, base, trips, budget, tally.pushes);
        this.trips = trips;
        this.stop = stop;
        this.tally = tally;
        this.thinkScale = thinkScale;
    }

    /** Ends this member's day: at the next pause they click *Keluar* (the session ends) and stop. */
    public void leave() {
        leave.set(true);
    }

    public boolean signedOut() {
        return signedOut;
    }

    /** The browser tab's client: its cookies tell which node HAProxy keeps this member on. */
    public VaadinClient client() {
        return client;
    }

    @Override
    public void run() {
        try (client) {
            int failures = 0;
            boolean signedIn = false;
            while (!stop.get() && !leave.get()) {
                try {
                    if (!signedIn) {
                        client.signIn(username, password);
                        signedIn = true;
                        client.open("orders", "arrive: open List Order");
                        rows("arrive: List Order rows");
                    }
                    cycle();
                    tally.cycles.incrementAndGet();
                    failures = 0;
                } catch (Budget.Exhausted e) {
                    signOutIfLeaving();
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    if (stop.get() || leave.get()) {
                        signOutIfLeaving();
                        return;
                    }
                    trips.error("scenario", e instanceof VaadinClient.LoadFailure ? e.getMessage().replaceAll("[A-Z]{3}-\\d{4}-\\d+", "…")
                            : e.getClass().getSimpleName());
                    if (++failures > 5) {
                        return; // something is badly wrong for this member: stop it rather than hammer the node
                    }
                    try {
                        pause(3000, 6000);
                        client.open("orders", "reload List Order"); // as a user would: reload the page
                        rows("List Order rows");
                    } catch (Budget.Exhausted ex) {
                        return;
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception ex) {
                        signedIn = false; // the session may be gone: sign in again next time round
                    }
                }
            }
            signOutIfLeaving();
        }
    }

    private void signOutIfLeaving() {
        if (!leave.get()) {
            return;
        }
        try {
            client.byDomId("logout").ifPresent(button -> {
                try {
                    client.click(button, "arrive: sign out");
                    signedOut = true;
                } catch (VaadinClient.LoadFailure e) {
                    signedOut = e.getMessage().contains("expired"); // the answer to the click may already say so
                } catch (Exception e) {
                    trips.error("sign out", e.getClass().getSimpleName());
                }
            });
        } catch (RuntimeException e) {
            trips.error("sign out", e.getClass().getSimpleName());
        }
    }

    private void cycle() throws Exception {
        UiTree.Node grid = grid();
        readPage();
        // their tab
        UiTree.Node tabs = only("vaadin-tabs");
        UiTree.Node tab = client.byDomId("tab-" + role.tab).orElseThrow(() -> missing("tab " + role.tab));
        int index = client.tree().indexIn(tabs, tab);
        client.rpc("switch tab", VaadinClient.sync(tabs, "selected", NODES.numberNode(index)),
                client.event(tabs, "selected-changed"));
        act();
        // search for a buyer seen in the list
        List<JsonNode> rows = client.rows(grid.id());
        if (rows.isEmpty()) {
            tally.skipped.incrementAndGet();
            return;
        }
        String buyer = firstWord(field(rows.get(ThreadLocalRandom.current().nextInt(Math.min(20, rows.size()))), "_name"));
        UiTree.Node search = client.byDomId("order-search").orElseThrow(() -> missing("search field"));
        client.type(search, buyer, "search");
        readPage();
        rows = client.rows(grid.id());
        if (rows.isEmpty()) {
            client.type(search, "", "clear search");
            tally.skipped.incrementAndGet();
            return;
        }
        JsonNode row = rows.get(ThreadLocalRandom.current().nextInt(Math.min(10, rows.size())));
        act();
        client.callRenderer("open", row.get("key").asString(), "open Aksi menu");
        act();
        click("action-detail", "open order detail");
        readPage();
        boolean done = role == Role.GUDANG ? enterResi() : recordPayment();
        if (done) {
            act();
            click("detail-print-label", "print label");
            for (String url : client.takeOpenedUrls()) {
                client.download(url, "pdf label");
                tally.labels.incrementAndGet();
            }
        } else {
            tally.skipped.incrementAndGet(); // someone else got to this order first (or it was refused)
        }
        act();
        client.navigate("orders", "", "back to List Order");
        rows("List Order rows");
    }

    private boolean recordPayment() throws Exception {
        Optional<UiTree.Node> button = client.byDomId("detail-payment");
        if (button.isEmpty()) {
            return false;
        }
        client.click(button.get(), "open payment dialog");
        act();
        click("payment-save", "save payment");
        if (client.byDomId("payment-save").isPresent()) {
            return giveUp(); // refused (another staff member paid it a moment ago): the dialog says why
        }
        tally.payments.incrementAndGet();
        return true;
    }

    private boolean enterResi() throws Exception {
        Optional<UiTree.Node> button = client.byDomId("detail-resi");
        if (button.isEmpty()) {
            return false;
        }
        client.click(button.get(), "open resi dialog");
        act();
        UiTree.Node courier = client.byDomId("resi-courier").orElseThrow(() -> missing("courier field"));
        if (courier.property("value") == null || courier.property("value").asString("").isEmpty()) {
            client.choose(courier, COURIERS.get(ThreadLocalRandom.current().nextInt(COURIERS.size())), "choose courier");
            act();
        }
        UiTree.Node resi = client.byDomId("resi-number").orElseThrow(() -> missing("resi field"));
        client.type(resi, "LD" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 44), 36).toUpperCase(),
                "type resi");
        act();
        click("resi-save", "save resi");
        if (client.byDomId("resi-save").isPresent()) {
            return giveUp();
        }
        tally.resis.incrementAndGet();
        return true;
    }

    /** Reads the refusal, presses *Batal* and moves on: a business conflict, not a server error. */
    private boolean giveUp() throws Exception {
        tally.conflicts.incrementAndGet();
        act();
        UiTree.Node cancel = client.tree().byTagAndText("vaadin-button", "Batal")
                .orElseThrow(() -> missing("the dialog's Batal button"));
        client.click(cancel, "cancel dialog");
        return false;
    }

    /** The grid's first page, as the browser's grid asks for it once it knows its size. */
    private void rows(String kind) throws Exception {
        client.rpc(kind, VaadinClient.published(grid().id(), "setViewportRange", NODES.arrayNode().add(0).add(50)));
    }

    private UiTree.Node grid() {
        return only("vaadin-grid");
    }

    private UiTree.Node only(String tag) {
        List<UiTree.Node> nodes = client.tree().byTag(tag);
        if (nodes.isEmpty()) {
            throw missing(tag);
        }
        return nodes.getFirst();
    }

    private void click(String id, String kind) throws Exception {
        client.click(client.byDomId(id).orElseThrow(() -> missing(id)), kind);
    }

    private static String field(JsonNode row, String suffix) {
        for (String name : row.propertyNames()) {
            if (name.endsWith(suffix)) {
                return row.get(name).asString("");
            }
        }
        return "";
    }

    private static String firstWord(String text) {
        String word = text.strip().split("\\s+")[0];
        return word.length() >= 3 ? word : text.strip();
    }

    private static VaadinClient.LoadFailure missing(String what) {
        return new VaadinClient.LoadFailure("not on screen: " + what);
    }

    private void readPage() throws InterruptedException {
        pause(2000, 5000);
    }

    private void act() throws InterruptedException {
        pause(500, 2000);
    }

    private void pause(long minMillis, long maxMillis) throws InterruptedException {
        long millis = (long) (ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1) * thinkScale);
        long until = System.currentTimeMillis() + millis;
        while (!stop.get() && !leave.get() && System.currentTimeMillis() < until) {
            Thread.sleep(Math.min(250, Math.max(1, until - System.currentTimeMillis())));
        }
        if (stop.get() || leave.get()) {
            throw new Budget.Exhausted();
        }
    }
}

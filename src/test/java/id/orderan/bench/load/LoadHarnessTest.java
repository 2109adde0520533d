package id.orderan.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load harness's own rules, without a server: where it may send traffic and how it reads Flow's messages. */
class LoadHarnessTest {

    @Test
    void only_loopback_addresses_are_accepted() {
        assertThat(Loopback.check("http://127.0.0.1:8080/").toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(Loopback.check("http://localhost:8081").getPort()).isEqualTo(8081);
        assertThatThrownBy(() -> Loopback.check("http://10.0.0.5:8080")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Loopback.check("http://example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Loopback.check("https://127.0.0.1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_request_budget_stops_the_run() {
        var budget = new Budget(2, 60);
        budget.take();
        budget.take();
        assertThat(budget.spent()).isTrue();
        assertThatThrownBy(budget::take).isInstanceOf(Budget.Exhausted.class);
    }

    @Test
    void a_button_is_found_by_id_until_its_dialog_closes() {
        var tree = new UiTree();
        tree.apply(VaadinClient.JSON.readTree("""
                [{"node":1,"type":"attach"},{"node":1,"type":"put","feat":0,"key":"tag","value":"body"},
                 {"node":5,"type":"attach"},{"node":5,"type":"put","feat":0,"key":"tag","value":"vaadin-dialog"},
                 {"node":5,"type":"put","feat":1,"key":"opened","value":true},
                 {"node":6,"type":"attach"},{"node":6,"type":"put","feat":0,"key":"tag","value":"vaadin-button"},
                 {"node":6,"type":"put","feat":3,"key":"id","value":"resi-save"},
                 {"node":7,"type":"attach"},{"node":7,"type":"put","feat":7,"key":"text","value":"Simpan"},
                 {"node":6,"type":"splice","feat":2,"index":0,"addNodes":[7]},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[6]},
                 {"node":1,"type":"splice","feat":24,"index":0,"addNodes":[5]}]"""));
        assertThat(tree.byDomId("resi-save")).isPresent();
        assertThat(tree.byTagAndText("vaadin-button", "Simpan")).isPresent();

        tree.apply(VaadinClient.JSON.readTree("""
                [{"node":5,"type":"put","feat":1,"key":"opened","value":false}]"""));
        assertThat(tree.byDomId("resi-save")).isEmpty();
    }

    @Test
    void a_node_spliced_out_of_its_parent_is_no_longer_on_screen() {
        var tree = new UiTree();
        tree.apply(VaadinClient.JSON.readTree("""
                [{"node":1,"type":"attach"},{"node":2,"type":"attach"},
                 {"node":2,"type":"put","feat":3,"key":"id","value":"detail-resi"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2]}]"""));
        assertThat(tree.byDomId("detail-resi")).isPresent();

        tree.apply(VaadinClient.JSON.readTree("""
                [{"node":1,"type":"splice","feat":2,"index":0,"remove":1}]"""));
        assertThat(tree.byDomId("detail-resi")).isEmpty();
    }

    @Test
    void a_uidl_answer_is_read_through_flows_json_prefix() {
        var message = VaadinClient.parseUidl("for(;;);[{\"syncId\":3,\"clientId\":4,\"changes\":[]}]");
        assertThat(message.get("syncId").asInt()).isEqualTo(3);
        assertThat(message.get("clientId").asInt()).isEqualTo(4);
    }

    @Test
    void haproxy_gets_the_cluster_configs_variables_for_the_two_nodes_on_loopback() {
        assertThat(HaProxy.environment(40123, URI.create("http://127.0.0.1:40001"), URI.create("http://localhost:40002/")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("HAPROXY_BIND", "127.0.0.1:40123",
                        "NODE_A", "127.0.0.1:40001", "NODE_B", "localhost:40002"));
        assertThatThrownBy(() -> HaProxy.environment(40123, URI.create("http://10.0.0.5:8081"), URI.create("http://127.0.0.1:8082")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_cluster_config_reads_exactly_the_variables_the_harness_sets() throws Exception {
        String config = Files.readAllLines(Path.of("deploy/cluster/haproxy.cfg")).stream()
                .filter(line -> !line.strip().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        var used = java.util.regex.Pattern.compile("\\$\\{(\\w+)}").matcher(config).results().map(m -> m.group(1)).distinct().toList();
        assertThat(used).containsExactlyInAnyOrderElementsOf(
                HaProxy.environment(1, URI.create("http://127.0.0.1:2"), URI.create("http://127.0.0.1:3")).keySet());
        assertThat(config).contains("cookie " + HaProxy.COOKIE + " insert").contains("cookie a").contains("cookie b");
    }

    @Test
    void haproxy_is_found_on_the_path_first() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("bin"));
        assertThat(HaProxy.executable(dir.toString()).filter(p -> p.startsWith(dir))).isEmpty();
        Path binary = Files.createFile(dir.resolve("haproxy"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(HaProxy.executable("/nonexistent:" + dir)).contains(binary);
    }

    @Test
    void staff_are_counted_per_node_by_their_srv_cookie() {
        assertThat(HaProxy.staffPerNode(Arrays.asList("a", "b", "a", null, "b", "a")))
                .containsExactly(java.util.Map.entry("a", 3), java.util.Map.entry("b", 2), java.util.Map.entry("no cookie", 1));
    }

    @Test
    void requests_per_node_are_read_from_haproxys_http_log() {
        assertThat(HaProxy.requestsByServer(Stream.of(
                "127.0.0.1:51234 [30/Nov/2026:23:40:01.123] orderan nodes/a 0/0/0/12/12 200 5120 - - --NI 3/3/0/0/0 0/0 \"POST /?v-r=uidl&v-uiId=0 HTTP/1.1\"",
                "127.0.0.1:51236 [30/Nov/2026:23:40:01.200] orderan nodes/b 0/0/1/30/31 200 9000 - - --VN 3/3/0/0/0 0/0 \"GET /orders HTTP/1.1\"",
                "127.0.0.1:51238 [30/Nov/2026:23:40:01.300] orderan nodes/a 0/0/0/8/8 200 300 - - --VN 3/3/0/0/0 0/0 \"GET /login HTTP/1.1\"",
                "[NOTICE]   (1234) : New worker (1235) forked",
                "127.0.0.1:51240 [30/Nov/2026:23:40:02.000] orderan nodes/<NOSRV> -1/-1/-1/-1/0 503 217 - - SC-- 0/0/0/0/0 0/0 \"GET / HTTP/1.1\"")))
                .containsExactly(java.util.Map.entry("<NOSRV>", 1L), java.util.Map.entry("a", 2L), java.util.Map.entry("b", 1L));
    }

    @TempDir
    Path temp;
}

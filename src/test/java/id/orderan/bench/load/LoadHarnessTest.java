package id.orderan.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}

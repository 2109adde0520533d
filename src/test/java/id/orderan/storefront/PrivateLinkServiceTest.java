package id.orderan.storefront;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.security.Buyer;
import id.orderan.support.IntegrationTest;
import id.orderan.support.MutableClock;
import id.orderan.support.PrivateLinks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 13 §2: private order links, from staff's fixed prices to the one order the buyer confirms. */
class PrivateLinkServiceTest extends IntegrationTest {

    @Autowired
    PrivateLinkService links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_link_keeps_the_staffs_prices_and_is_valid_three_days_by_default() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);

        PrivateLinkRow link = cs(() -> links.create(PrivateLinks.of(kopi, 2, 70_000).charges(5_000, 18_000, 2_000, 123)
                .build()));

        assertThat(link.status()).isEqualTo(PrivateLinkStatus.AKTIF);
        assertThat(link.grandTotal()).isEqualTo(2 * 70_000 - 5_000 + 18_000 + 2_000 + 123);
        assertThat(Duration.between(link.createdAt(), link.expiresAt())).isEqualTo(Duration.ofDays(3));
        assertThat(link.createdBy()).isEqualTo("cs");
        assertThat(link.url()).endsWith("/p/" + link.token());
        assertThat(link.token()).matches("[A-Za-z0-9_-]{22}");
        assertThat(link.items()).containsExactly(new PrivateLinkRow.Item("Kopi Gayo", 2, 70_000));
        var page = (LinkAnswer.Open) Buyer.act(() -> links.open(link.token()));
        assertThat(page.page().items().getFirst().unitPrice()).isEqualTo("Rp 70.000");
        assertThat(page.page().grandTotal()).isEqualTo("Rp 155.123");
        assertThat(page.form().name()).isEqualTo("Rina Kartika");
        assertThat(page.form().phone()).isEqualTo("0812-7777-1234");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
        assertThat(data.stock(kopi)).isEqualTo(10);
    }

    @Test
    void staff_may_choose_one_to_fourteen_days_and_nothing_else() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);

        PrivateLinkRow week = cs(() -> links.create(PrivateLinks.of(kopi, 1, 85_000).validDays(14).build()));

        assertThat(Duration.between(week.createdAt(), week.expiresAt())).isEqualTo(Duration.ofDays(14));
        for (int days : new int[] {0, 15}) {
            assertThatThrownBy(() -> cs(() -> links.create(PrivateLinks.of(kopi, 1, 85_000).validDays(days).build())))
                    .isInstanceOf(BusinessException.class).hasMessageContaining("error.private-link.days-invalid");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM private_link", Integer.class)).isEqualTo(1);
    }

    @Test
    void bad_lines_or_amounts_are_refused_and_nothing_is_saved() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);

        assertThatThrownBy(() -> cs(() -> links.create(PrivateLinks.of(kopi, 0, 85_000).build())))
                .hasMessageContaining("error.order.quantity-invalid");
        assertThatThrownBy(() -> cs(() -> links.create(PrivateLinks.of(kopi, 1, -1).build())))
                .hasMessageContaining("error.order.price-invalid");
        assertThatThrownBy(() -> cs(() -> links.create(PrivateLinks.of(kopi, 1, 85_000).charges(0, -1, 0, 0).build())))
                .hasMessageContaining("error.order.amount-negative");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM private_link", Integer.class)).isZero();
    }

    @Test
    void the_warehouse_may_neither_create_nor_list_nor_cancel_links() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        PrivateLinkRow link = cs(() -> links.create(PrivateLinks.of(kopi, 1, 85_000).build()));

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> links.create(PrivateLinks.of(kopi, 1, 85_000).build())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> links.list(0, 50))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> links.cancel(link.token(), link.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Buyer.act(() -> links.create(PrivateLinks.of(kopi, 1, 1).build())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cs(() -> links.confirm(link.token(), shipTo()))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM private_link", Integer.class)).isEqualTo(1);
    }

    @Test
    void confirming_places_one_private_belum_bayar_order_at_the_links_prices_and_the_link_is_used_once() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        PrivateLinkRow link = cs(() -> links.create(PrivateLinks.of(kopi, 2, 70_000).charges(0, 18_000, 0, 77).build()));

        var first = (LinkAnswer.Placed) Buyer.act(() -> links.confirm(link.token(), shipTo()));
        var again = (LinkAnswer.Placed) Buyer.act(() -> links.confirm(link.token(), shipTo()));

        assertThat(again.orderToken()).isEqualTo(first.orderToken());
        assertThat(jdbc.queryForMap("SELECT source, status, grand_total, recipient_name, ship_city, courier, note"
                + " FROM sales_order WHERE buyer_token = ?", first.orderToken()))
                .containsEntry("source", "PRIVATE").containsEntry("status", "BELUM_BAYAR")
                .containsEntry("grand_total", 2 * 70_000L + 18_000 + 77).containsEntry("recipient_name", "Dewi Lestari")
                .containsEntry("ship_city", "Kota Bandung").containsEntry("courier", "JNE")
                .containsEntry("note", "Harga reseller\nCatatan pembeli: Titip di pos satpam");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT unit_price FROM order_line", Long.class)).isEqualTo(70_000);
        assertThat(data.stock(kopi)).isEqualTo(8);
        PrivateLinkRow used = cs(() -> links.find(link.token())).orElseThrow();
        assertThat(used.status()).isEqualTo(PrivateLinkStatus.DIPAKAI);
        assertThat(used.orderNumber()).startsWith("INV-");
        assertThat(Buyer.act(() -> links.open(link.token()))).isEqualTo(new LinkAnswer.Placed(first.orderToken()));
    }

    @Test
    void two_tabs_confirming_at_once_make_one_order_and_both_land_on_it() throws Exception {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        PrivateLinkRow link = cs(() -> links.create(PrivateLinks.of(kopi, 1, 80_000).build()));
        Callable<LinkAnswer> tap = () -> Buyer.act(() -> links.confirm(link.token(), shipTo()));

        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<LinkAnswer>> answers = pool.invokeAll(List.of(tap, tap, tap, tap));
            for (Future<LinkAnswer> answer : answers) {
                assertThat(answer.get()).isInstanceOf(LinkAnswer.Placed.class).isEqualTo(answers.getFirst().get());
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isEqualTo(1);
        assertThat(data.stock(kopi)).isEqualTo(9);
    }

    @Test
    void a_cancelled_link_cannot_be_used_and_a_used_link_cannot_be_cancelled() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        PrivateLinkRow cancelled = cs(() -> links.create(PrivateLinks.of(kopi, 1, 80_000).build()));
        PrivateLinkRow used = cs(() -> links.create(PrivateLinks.of(kopi, 1, 80_000).build()));

        assertThat(cs(() -> links.cancel(cancelled.token(), cancelled.version())).status())
                .isEqualTo(PrivateLinkStatus.DIBATALKAN);
        LinkAnswer refused = Buyer.act(() -> links.confirm(cancelled.token(), shipTo()));
        Buyer.act(() -> links.confirm(used.token(), shipTo()));

        assertThat(refused).isInstanceOfSatisfying(LinkAnswer.Closed.class, closed -> {
            assertThat(closed.expired()).isFalse();
            assertThat(closed.storeWhatsApp()).startsWith("https://wa.me/62");
        });
        assertThatThrownBy(() -> cs(() -> links.cancel(used.token(), used.version() + 1)))
                .hasMessageContaining("error.private-link.used");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isEqualTo(1);
    }

    @Test
    void an_expired_link_says_so_and_places_nothing() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        PrivateLinkRow link = cs(() -> links.create(PrivateLinks.of(kopi, 1, 80_000).validDays(1).build()));

        clock.advance(Duration.ofDays(1).plusSeconds(1));

        assertThat(Buyer.act(() -> links.open(link.token()))).isInstanceOfSatisfying(LinkAnswer.Closed.class,
                closed -> assertThat(closed.expired()).isTrue());
        assertThat(Buyer.act(() -> links.confirm(link.token(), shipTo()))).isInstanceOf(LinkAnswer.Closed.class);
        assertThat(cs(() -> links.find(link.token())).orElseThrow().status()).isEqualTo(PrivateLinkStatus.KEDALUWARSA);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
        assertThat(data.stock(kopi)).isEqualTo(10);
    }

    @Test
    void sold_out_at_confirm_time_or_a_bad_ship_to_is_told_and_places_nothing() {
        Product kopi = data.product("Kopi Gayo", 85_000, 1);
        PrivateLinkRow link = cs(() -> links.create(PrivateLinks.of(kopi, 2, 80_000).build()));

        var soldOut = (LinkAnswer.Open) Buyer.act(() -> links.confirm(link.token(), shipTo()));
        var badForm = (LinkAnswer.Open) Buyer.act(() -> links.confirm(link.token(),
                new ShipToForm("", "12", "Jl", "", "", "", "", "abc", "")));

        assertThat(soldOut.errors()).singleElement().asString().contains("Stok Kopi Gayo tidak cukup");
        assertThat(badForm.errors()).contains("Nama penerima wajib diisi.", "Kecamatan wajib diisi.",
                "Kode pos harus 5 angka.").anyMatch(e -> e.startsWith("Nomor WhatsApp tidak valid"));
        assertThat(badForm.form().postalCode()).isEqualTo("abc");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
        assertThat(cs(() -> links.find(link.token())).orElseThrow().status()).isEqualTo(PrivateLinkStatus.AKTIF);
    }

    @Test
    void an_unknown_or_malformed_token_is_unknown() {
        assertThat(Buyer.act(() -> links.open("AAAAAAAAAAAAAAAAAAAAAA"))).isInstanceOf(LinkAnswer.Unknown.class);
        assertThat(Buyer.act(() -> links.open("x' OR 1=1"))).isInstanceOf(LinkAnswer.Unknown.class);
        assertThat(Buyer.act(() -> links.confirm("AAAAAAAAAAAAAAAAAAAAAA", shipTo())))
                .isInstanceOf(LinkAnswer.Unknown.class);
    }

    static ShipToForm shipTo() {
        return new ShipToForm("Dewi Lestari", "0857-3333-4444", "Jl. Dago No. 10", "Dago", "Coblong", "Kota Bandung",
                "Jawa Barat", "40135", "Titip di pos satpam");
    }

    private static <T> T cs(Supplier<T> action) {
        return as("cs", "CS", action);
    }
}

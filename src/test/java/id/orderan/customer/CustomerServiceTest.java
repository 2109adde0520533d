package id.orderan.customer;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class CustomerServiceTest extends IntegrationTest {

    private static final Address CATURTUNGGAL = new Address("Jl. Kaliurang Km 5 No. 7", null, null, null, null,
            "55281", "34.04.07.2001");

    @Autowired
    CustomerService customers;

    @Autowired
    AreaService areas;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liquibase_loads_every_province_regency_district_and_village() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_province", Integer.class)).isEqualTo(38);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_regency", Integer.class)).isEqualTo(514);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_district", Integer.class)).isEqualTo(7285);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_village", Integer.class)).isEqualTo(83762);
        assertThat(jdbc.queryForObject("SELECT name FROM area_village WHERE code = '35.13.15.2017'", String.class))
                .isEqualTo("Soka\"an");
    }

    @Test
    void typing_caturtunggal_finds_the_village_with_its_district_regency_and_province() {
        List<Area> found = areas.search("caturtunggal", 0, 20);

        assertThat(found).extracting(Area::label).containsExactly("Caturtunggal, Depok, Kab. Sleman, DI Yogyakarta");
        assertThat(found.getFirst().villageCode()).isEqualTo("34.04.07.2001");
    }

    @Test
    void typing_depok_sleman_finds_the_villages_of_kecamatan_depok_in_sleman() {
        List<Area> found = areas.search("depok sleman", 0, 50);

        assertThat(found).extracting(Area::village).containsExactlyInAnyOrder("Caturtunggal", "Maguwoharjo",
                "Condongcatur");
        assertThat(found).allSatisfy(area -> {
            assertThat(area.district()).isEqualTo("Depok");
            assertThat(area.regency()).isEqualTo("Kab. Sleman");
            assertThat(area.province()).isEqualTo("DI Yogyakarta");
        });
    }

    @Test
    void area_words_match_word_starts_in_any_order_and_pages_continue() {
        assertThat(areas.search("slem depok catur", 0, 10)).extracting(Area::village).containsExactly("Caturtunggal");
        assertThat(areas.search("slem catur", 0, 10)).extracting(Area::village).containsExactly("Caturtunggal",
                "Caturharjo"); // the village named like the words first
        assertThat(areas.search("aturtunggal", 0, 10)).isEmpty(); // word starts, not substrings
        List<Area> first = areas.search("jawa", 0, 50);
        List<Area> second = areas.search("jawa", 50, 50);
        assertThat(first).hasSize(50);
        assertThat(second).hasSize(50).doesNotContainAnyElementsOf(first);
        assertThat(areas.search("  ", 0, 10)).isEmpty();
    }

    @Test
    void a_picked_village_sets_all_four_levels_from_the_area_data() {
        Customer customer = asAdmin(() -> customers.create(command("Budi Santoso", "0857-1234-5678",
                new Address("Jl. Kaliurang Km 5", "salah ketik", "salah", "salah", "salah", "55281", "34.04.07.2001"))));

        Address address = asAdmin(() -> customers.get(customer.getId())).getAddress();
        assertThat(address).isEqualTo(new Address("Jl. Kaliurang Km 5", "Caturtunggal", "Depok", "Kab. Sleman",
                "DI Yogyakarta", "55281", "34.04.07.2001"));
        assertThat(address.singleLine())
                .isEqualTo("Jl. Kaliurang Km 5, Caturtunggal, Kec. Depok, Kab. Sleman, DI Yogyakarta 55281");
    }

    @Test
    void an_unknown_area_code_is_refused_and_nothing_is_saved() {
        Address unknown = new Address("Jl. Antah 1", "Antah", "Berantah", "Kota Fiksi", "Fiksi", null, "99.99.99.9999");

        assertThatThrownBy(() -> asAdmin(() -> customers.create(command("Budi", "081234567890", unknown))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("error.area.unknown"));
        assertThat(customerCount()).isZero();
    }

    @Test
    void a_typed_address_without_a_village_code_is_kept_as_typed() {
        Address typed = new Address("Jl. Melati 12", "Dago", "Coblong", "Kota Bandung", "Jawa Barat", "40135", null);

        Customer customer = asAdmin(() -> customers.create(command("Siti", "081234567890", typed)));

        assertThat(asAdmin(() -> customers.get(customer.getId())).getAddress()).isEqualTo(typed);
    }

    @Test
    void a_non_indonesian_whatsapp_number_is_refused_with_a_clear_message() {
        for (String foreign : List.of("+1 415 555 0100", "+65 8123 4567", "12345")) {
            assertThatThrownBy(() -> asAdmin(() -> customers.create(command("Tourist", foreign, Address.empty()))))
                    .isInstanceOf(BusinessException.class)
                    .satisfies(e -> assertThat(((BusinessException) e).messageKey())
                            .isEqualTo("error.customer.phone-invalid"));
        }
        assertThat(customerCount()).isZero();
    }

    @Test
    void the_whatsapp_number_is_saved_normalised_and_found_in_any_form() {
        Customer customer = asAdmin(() -> customers.create(command("Budi", "+62 812-3456-7890", CATURTUNGGAL)));

        assertThat(customer.getPhone()).isEqualTo("6281234567890");
        assertThat(asAdmin(() -> customers.findByPhone("0812 3456 7890"))).map(Customer::getId).contains(customer.getId());
        assertThat(asAdmin(() -> customers.findByPhone("0899 0000 0000"))).isEmpty();
    }

    @Test
    void another_customer_with_the_same_number_is_warned_about_but_not_refused() {
        Customer first = asAdmin(() -> customers.create(command("Ibu Sari", "081234567890", CATURTUNGGAL)));

        List<CustomerRow> others = asAdmin(() -> customers.othersWithPhone("+62 812 3456 7890", null));
        Customer second = asAdmin(() -> customers.create(command("Pak Joko", "6281234567890", CATURTUNGGAL)));

        assertThat(others).extracting(CustomerRow::name).containsExactly("Ibu Sari");
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(asAdmin(() -> customers.othersWithPhone("081234567890", second.getId())))
                .extracting(CustomerRow::name).containsExactly("Ibu Sari");
    }

    @Test
    void admin_and_cs_may_create_and_update_customers_and_the_warehouse_may_not() {
        Customer byCs = as("cs", "CS", () -> customers.create(command("Dewi", "081311112222", CATURTUNGGAL)));
        Customer byAdmin = as("admin", "ADMIN", () -> customers.update(byCs.getId(), byCs.getVersion(),
                command("Dewi Lestari", "081311112222", CATURTUNGGAL)));

        assertThat(byAdmin.getName()).isEqualTo("Dewi Lestari");
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> customers.create(command("X", "081399998888",
                Address.empty())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> customers.update(byCs.getId(), byAdmin.getVersion(),
                command("Diubah gudang", "081311112222", CATURTUNGGAL)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> customers.list(CustomerFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(customerCount()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT name FROM customer", String.class)).isEqualTo("Dewi Lestari");
    }

    @Test
    void saving_on_a_stale_version_changes_nothing_and_says_so() {
        Customer loaded = asAdmin(() -> customers.create(command("Rina", "081370455612", CATURTUNGGAL)));
        asAdmin(() -> customers.update(loaded.getId(), loaded.getVersion(), command("Rina S.", "081370455612",
                CATURTUNGGAL)));

        assertThatThrownBy(() -> asAdmin(() -> customers.update(loaded.getId(), loaded.getVersion(),
                command("Rina Lama", "081370455612", CATURTUNGGAL))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("error.customer.changed"));
        assertThat(jdbc.queryForObject("SELECT name FROM customer", String.class)).isEqualTo("Rina S.");
    }

    @Test
    void the_dropshipper_store_is_kept_for_dropshippers_only() {
        Customer dropshipper = asAdmin(() -> customers.create(new CustomerCommand("Putu", CustomerCategory.DROPSHIPPER,
                "081933126745", null, "Toko Putu Bali", "0361-123456", CATURTUNGGAL)));
        Customer reseller = asAdmin(() -> customers.create(new CustomerCommand("Made", CustomerCategory.RESELLER,
                "081933126746", null, "Toko Made", "081933126746", CATURTUNGGAL)));

        assertThat(dropshipper.getDropshipName()).isEqualTo("Toko Putu Bali");
        assertThat(dropshipper.getDropshipPhone()).isEqualTo("62361123456");
        assertThat(reseller.getDropshipName()).isNull();
        assertThatThrownBy(() -> asAdmin(() -> customers.create(new CustomerCommand("Ketut",
                CustomerCategory.DROPSHIPPER, null, null, "Toko", "+44 20 7946 0000", CATURTUNGGAL))))
                .satisfies(e -> assertThat(((BusinessException) e).messageKey())
                        .isEqualTo("error.customer.dropship-phone-invalid"));
    }

    @Test
    void the_list_searches_name_words_phone_in_any_form_email_and_city_within_a_category() {
        asAdmin(() -> customers.create(new CustomerCommand("Siti Nurhaliza", CustomerCategory.RESELLER, "081234567890",
                "siti.nur@example.com", null, null, new Address(null, null, null, "Kota Bandung", "Jawa Barat", null,
                null))));
        asAdmin(() -> customers.create(new CustomerCommand("Budi Santoso", CustomerCategory.UMUM, "085712345678",
                "budi@example.com", null, null, CATURTUNGGAL)));
        asAdmin(() -> customers.create(new CustomerCommand("Ed Sitompul", CustomerCategory.AGEN, "081300000001",
                null, null, null, Address.empty())));

        assertThat(names(new CustomerFilter("nurh", null))).containsExactly("Siti Nurhaliza");
        assertThat(names(new CustomerFilter("siti band", null))).containsExactly("Siti Nurhaliza");
        assertThat(names(new CustomerFilter("sit", null))).containsExactly("Ed Sitompul", "Siti Nurhaliza"); // newest first
        assertThat(names(new CustomerFilter("ed sit", null))).containsExactly("Ed Sitompul");
        assertThat(names(new CustomerFilter("0857-1234", null))).containsExactly("Budi Santoso");
        assertThat(names(new CustomerFilter("+62 857 1234", null))).containsExactly("Budi Santoso");
        assertThat(names(new CustomerFilter("6285712", null))).containsExactly("Budi Santoso");
        assertThat(names(new CustomerFilter("budi@exa", null))).containsExactly("Budi Santoso");
        assertThat(names(new CustomerFilter("sleman", null))).containsExactly("Budi Santoso");
        assertThat(names(new CustomerFilter("", CustomerCategory.RESELLER))).containsExactly("Siti Nurhaliza");
        assertThat(names(new CustomerFilter("sit", CustomerCategory.AGEN))).containsExactly("Ed Sitompul");
        assertThat(asAdmin(() -> customers.count(new CustomerFilter("sit", null)))).isEqualTo(2);
        assertThat(asAdmin(() -> customers.count(CustomerFilter.ALL))).isEqualTo(3);
    }

    @Test
    void word_search_lists_the_newest_customers_first_and_finds_customers_loaded_by_sql_after_a_rebuild() {
        asAdmin(() -> customers.create(command("Siti Aminah", "081200000001", Address.empty())));
        asAdmin(() -> customers.create(command("Siti Badriah", "081200000002", Address.empty())));
        jdbc.update("INSERT INTO customer (name, category, created_at, updated_at, version)"
                + " VALUES ('Siti Dimuat', 'UMUM', NOW(6), NOW(6), 0)");
        assertThat(names(new CustomerFilter("siti", null))).containsExactly("Siti Badriah", "Siti Aminah");

        assertThatThrownBy(() -> as("cs", "CS", () -> {
            customers.rebuildSearchWords();
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        asAdmin(() -> {
            customers.rebuildSearchWords();
            return null;
        });

        assertThat(names(new CustomerFilter("siti", null))).containsExactly("Siti Dimuat", "Siti Badriah",
                "Siti Aminah");
        assertThat(names(new CustomerFilter("dimu", null))).containsExactly("Siti Dimuat");
    }

    private List<String> names(CustomerFilter filter) {
        return asAdmin(() -> customers.list(filter, 0, 50)).stream().map(CustomerRow::name).toList();
    }

    private int customerCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);
    }

    private static CustomerCommand command(String name, String phone, Address address) {
        return new CustomerCommand(name, CustomerCategory.UMUM, phone, null, null, null, address);
    }
}

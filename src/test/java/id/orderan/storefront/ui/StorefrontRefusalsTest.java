package id.orderan.storefront.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.store.StoreProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The two refusals of the order forms' screening (decision 0145), without Spring: status and headers,
 * and the pages rendered by Thymeleaf with and without the store in the model.
 */
class StorefrontRefusalsTest {

    private static final StoreProfile STORE = new StoreProfile("Kopi Nusantara", "Bandung", "0812-9999-8888", "",
            List.of(), "", "100x150", null, null, 0);

    private final TemplateEngine thymeleaf = engine();

    @Test
    void too_many_is_a_429_with_retry_after_that_no_cache_keeps() {
        var response = new MockHttpServletResponse();

        String view = StorefrontRefusals.tooMany(response, 754);

        assertThat(view).isEqualTo("storefront/too-many");
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("754");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_wait_under_a_second_still_says_one_second() {
        var response = new MockHttpServletResponse();

        StorefrontRefusals.tooMany(response, 0);

        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
    }

    @Test
    void a_trapped_submission_gets_a_neutral_400_that_no_cache_keeps() {
        var response = new MockHttpServletResponse();

        String view = StorefrontRefusals.trapped(response);

        assertThat(view).isEqualTo("storefront/refused");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void the_429_page_names_the_wait_in_minutes_and_offers_the_stores_whatsapp() {
        var model = new ExtendedModelMap();
        String view = StorefrontRefusals.tooMany(new MockHttpServletResponse(), 754, model, STORE);

        String page = render(view, model);

        assertThat(page).contains("Mohon tunggu sebentar", "belum", "13 menit", "https://wa.me/6281299998888",
                "Hubungi <span>Kopi Nusantara</span> lewat WhatsApp");
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).as("light for slow mobile data").isLessThan(4_000);
    }

    @Test
    void both_pages_render_without_any_model_attribute() {
        String tooMany = render("storefront/too-many", Map.of());
        String refused = render("storefront/refused", Map.of());

        assertThat(tooMany).contains("Mohon tunggu sebentar", "Silakan coba lagi nanti", "hubungi toko lewat WhatsApp")
                .doesNotContain("wa.me");
        assertThat(refused).contains("Pesanan belum terkirim", "hubungi toko lewat WhatsApp").doesNotContain("wa.me",
                "honeypot", "spam");
    }

    @Test
    void the_refused_page_with_the_store_links_its_whatsapp() {
        var model = new ExtendedModelMap();
        String view = StorefrontRefusals.trapped(new MockHttpServletResponse(), model, STORE);

        assertThat(render(view, model)).contains("https://wa.me/6281299998888", "Kopi Nusantara");
    }

    private String render(String view, Map<String, ?> model) {
        var context = new Context();
        context.setVariables(Map.copyOf(model));
        return thymeleaf.process(view, context);
    }

    private static TemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine(); // SpEL, as in the application
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
